namespace BankChurn.Core.Report;

/// <summary>Which value a <see cref="Cell"/> holds.</summary>
public enum CellKind
{
    Empty,
    Number,
    Text,
    Date,
}
