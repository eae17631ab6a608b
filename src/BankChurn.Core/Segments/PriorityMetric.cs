namespace BankChurn.Core.Segments;

/// <summary>What ranks retention segments.</summary>
public enum PriorityMetric
{
    /// <summary>Churners above what the bank's average rate would give: churned − clients × base rate.</summary>
    ExcessChurners,

    /// <summary>The segment's value at risk (see <see cref="SegmentFigures.ValueAtRisk"/>).</summary>
    ValueAtRisk,
}
