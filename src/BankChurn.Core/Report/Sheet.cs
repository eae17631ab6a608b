namespace BankChurn.Core.Report;

/// <summary>One worksheet of the workbook: a table, optionally under a title line.</summary>
/// <param name="Name">The tab name. Writers make it valid (at most 31 characters, none of []:*?/\, unique), so keep it short and plain.</param>
/// <param name="Title">A title line above the table, or null for the header in the first row.</param>
/// <param name="Table">The data: a header row, then one row per record, with raw values and number formats.</param>
public sealed record Sheet(string Name, string? Title, Table Table);
