namespace BankChurn.Core.Segments;

/// <summary>How conjunctions of conditions are searched.</summary>
public enum SearchMode
{
    /// <summary>Level by level, extending only the best <c>BeamWidth</c> conjunctions of the previous level.</summary>
    Beam,

    /// <summary>Every conjunction on distinct columns; for small candidate lists and to check the beam.</summary>
    Exhaustive,
}
