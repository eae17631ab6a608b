namespace BankChurn.Core.Clients;

/// <summary>The encoding, field separator and decimal mark the client file was read with.</summary>
public sealed record DetectedFormat(string Encoding, char Separator, char DecimalMark);
