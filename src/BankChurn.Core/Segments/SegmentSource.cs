namespace BankChurn.Core.Segments;

/// <summary>Where a segment came from: the config's list, or the subgroup search.</summary>
public enum SegmentSource
{
    Config,
    Discovered,
}
