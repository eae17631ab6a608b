namespace BankChurn.Core.Analysis.PhiK;

/// <summary>A column as φK sees it: one code per row in [0, <paramref name="Levels"/>), or −1 where it is left out.</summary>
internal sealed record CodedColumn(string Name, int[] Codes, int Levels);
