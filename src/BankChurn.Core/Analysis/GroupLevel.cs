namespace BankChurn.Core.Analysis;

/// <summary>
/// One level of a grouping: a category label, a whole-number value, or a numeric bin [Low, High].
/// Labels of numbers are invariant-culture text; the report formats bins from Low/High for its language.
/// </summary>
public sealed record GroupLevel(string Label, double? Low = null, double? High = null)
{
    public bool IsBin => Low is not null && High is not null && Low != High;
}
