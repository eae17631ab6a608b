namespace BankChurn.Core.Synthesis;

/// <summary>
/// What to synthesise: how many rows, from which seed, and for which month. Month 0 is the base month; month
/// <c>k &gt; 0</c> is the same bank <c>k</c> months later (a few clients replaced, balances grown, churn drifted),
/// so a series of months from one seed can feed the month-over-month comparison.
/// </summary>
public sealed record SynthOptions(int Rows, int Seed, int MonthOffset = 0);
