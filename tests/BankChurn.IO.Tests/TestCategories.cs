namespace BankChurn.IO.Tests;

/// <summary>
/// Trait names for tests left out of the default run. tests/default.runsettings (picked up by every <c>dotnet test</c>
/// through Directory.Build.props) filters out <c>Category=Slow</c>; .ci/run runs them in a second pass.
/// </summary>
internal static class TestCategories
{
    public const string Key = "Category";

    /// <summary>The mutation series (hundreds of whole runs each), the LibreOffice round trip and a 50,000-row validator pass.</summary>
    public const string Slow = "Slow";
}
