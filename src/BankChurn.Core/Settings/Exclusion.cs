using BankChurn.Core.Rules;

namespace BankChurn.Core.Settings;

/// <summary>An exclusion: rows matching <paramref name="Rule"/> are left out of the analysis, for the stated reason.</summary>
public sealed record Exclusion(Rule Rule, string Reason);
