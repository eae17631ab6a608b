namespace BankChurn.Core.Analysis.Warehouse;

/// <summary>Clients and churned clients with one value of a column: a category label, or a number (Label null, Value set); both null for the missing value.</summary>
public sealed record LevelTally(string? Label, double? Value, int Clients, int Churned)
{
    public bool IsMissing => Label is null && Value is null;
}
