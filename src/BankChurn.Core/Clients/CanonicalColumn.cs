namespace BankChurn.Core.Clients;

/// <summary>One column of the canonical client table: its name, storage kind, whether it must be present, and the range of valid values.</summary>
public sealed record CanonicalColumn(string Name, ColumnKind Kind, bool Required, double Min = double.NegativeInfinity, double Max = double.PositiveInfinity, bool WholeNumber = false, bool Binary = false)
{
    public bool IsNumeric => Kind == ColumnKind.Numeric;

    public bool IsCategory => Kind == ColumnKind.Category;
}
