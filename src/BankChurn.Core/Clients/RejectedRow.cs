namespace BankChurn.Core.Clients;

/// <summary>A row that failed validation: its 1-based line in the file, the canonical column, the offending cell and the problem.</summary>
public sealed record RejectedRow(int Line, string Column, string Value, string Problem);
