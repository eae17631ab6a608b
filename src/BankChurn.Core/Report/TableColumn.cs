namespace BankChurn.Core.Report;

/// <summary>A table column: its header and the format of its cells (a cell may override it).</summary>
public sealed record TableColumn(string Header, CellFormat Format = CellFormat.Text);
