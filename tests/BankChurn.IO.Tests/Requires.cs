namespace BankChurn.IO.Tests;

/// <summary>
/// Skips a test, with the reason in <c>dotnet test</c>'s summary, when something outside the repository is missing.
/// Where the missing thing is one CI is supposed to have (poppler, LibreOffice, the DejaVu fonts; PostgreSQL for a future
/// database suite), <c>BANKCHURN_REQUIRE_TOOLS=1</c> (set by .ci/run) turns the skip into a failure. The real table is
/// required the same way by <c>BANKCHURN_REQUIRE_REAL_TABLE=1</c>, which .ci/run sets when ../shared holds it.
/// </summary>
internal static class Requires
{
    public const string ToolsVariable = "BANKCHURN_REQUIRE_TOOLS";
    public const string RealTableVariable = "BANKCHURN_REQUIRE_REAL_TABLE";

    /// <summary>Skips (or, under <see cref="ToolsVariable"/>=1, fails) unless <paramref name="present"/>.</summary>
    public static void Tool(bool present, string what, string install) =>
        Check(present, ToolsVariable, $"{what} is not installed here ({install}).");

    /// <summary>Skips (or, under <see cref="ToolsVariable"/>=1, fails) with <paramref name="whyMissing"/> unless it is null.</summary>
    public static void Tool(string? whyMissing) =>
        Check(whyMissing is null, ToolsVariable, whyMissing ?? "");

    /// <summary>Skips (or, under <see cref="RealTableVariable"/>=1, fails) unless <paramref name="present"/>.</summary>
    public static void RealTable(bool present) =>
        Check(present, RealTableVariable, "../shared/data/bank_scrooge.csv was not found above the repository root.");

    /// <summary>Whether an executable of that name is on PATH.</summary>
    public static bool OnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, executable)));

    /// <summary>The outcome for a missing prerequisite: null when present, else a skip or (when the variable is 1) a failure.</summary>
    public static (bool Fail, string Reason)? Outcome(bool present, string variable, string reason, string? variableValue) =>
        present ? null
        : variableValue == "1" ? (true, $"{reason} {variable}=1 says this machine must have it.")
        : (false, reason);

    private static void Check(bool present, string variable, string reason)
    {
        if (Outcome(present, variable, reason, Environment.GetEnvironmentVariable(variable)) is not { } outcome)
            return;
        if (outcome.Fail)
            Assert.Fail(outcome.Reason);
        Assert.Skip(outcome.Reason);
    }
}
