namespace BankChurn.Core.Segments;

/// <summary>What a segment is for: keeping clients who are likely to leave, or attracting more clients like loyal, valuable ones.</summary>
public enum SegmentGoal
{
    /// <summary>Clients who churn more than the base; ranked by excess churners or value at risk.</summary>
    Retention,

    /// <summary>Loyal and valuable clients (the second seed's aim); ranked by value × loyalty.</summary>
    Acquisition,
}
