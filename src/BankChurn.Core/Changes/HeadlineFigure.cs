namespace BankChurn.Core.Changes;

/// <summary>A headline figure of one period under its results.json path.</summary>
public readonly record struct HeadlineFigure(string Key, double Value);
