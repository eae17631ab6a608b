namespace BankChurn.Core.Changes;

/// <summary>How a segment id relates the two periods.</summary>
public enum SegmentStatus
{
    /// <summary>The id is in both periods with the same rule.</summary>
    Both,

    /// <summary>The id is only in this period (and no segment of last period is its earlier version).</summary>
    New,

    /// <summary>The id was only in last period.</summary>
    Gone,

    /// <summary>
    /// The segment is an earlier one under a changed rule: a defined segment whose rule was edited in the config (same
    /// id), or a discovered segment whose thresholds moved (a new id whose clients are mostly those of a gone one).
    /// </summary>
    Redefined,
}
