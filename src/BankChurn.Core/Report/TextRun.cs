namespace BankChurn.Core.Report;

/// <summary>A stretch of running text drawn in one weight: narrative markup's "**bold**" becomes a run with <paramref name="Bold"/> set.</summary>
public readonly record struct TextRun(string Text, bool Bold = false);
