namespace BankChurn.Core.Segments;

/// <summary>The shape of a single condition on one column.</summary>
public enum ConditionKind
{
    /// <summary>From ≤ value ≤ To on a numeric column; either end may be open.</summary>
    Range,

    /// <summary>The value is one of the listed levels (category labels, or whole numbers written invariantly).</summary>
    Levels,

    /// <summary>The value is missing.</summary>
    IsMissing,
}
