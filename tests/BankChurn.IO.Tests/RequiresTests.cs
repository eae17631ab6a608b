namespace BankChurn.IO.Tests;

/// <summary>A missing prerequisite is a skip with its reason, and a failure where .ci/run says the machine must have it.</summary>
public sealed class RequiresTests
{
    [Fact]
    public void Outcome_Present_IsNeitherSkipNorFailure() =>
        Assert.Null(Requires.Outcome(true, Requires.ToolsVariable, "LibreOffice is not installed here.", "1"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    public void Outcome_MissingWithoutTheVariable_IsASkipWithTheReason(string? value) =>
        Assert.Equal((false, "LibreOffice is not installed here."), Requires.Outcome(false, Requires.ToolsVariable, "LibreOffice is not installed here.", value));

    [Fact]
    public void Outcome_MissingUnderRequireTools_IsAFailureNamingTheVariable()
    {
        (bool fail, string reason) = Requires.Outcome(false, Requires.ToolsVariable, "LibreOffice is not installed here.", "1")!.Value;
        Assert.True(fail);
        Assert.Equal("LibreOffice is not installed here. BANKCHURN_REQUIRE_TOOLS=1 says this machine must have it.", reason);
    }

    [Fact]
    public void OnPath_FindsShAndNotANonsenseName()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "sh is a Unix shell.");
        Assert.True(Requires.OnPath("sh"));
        Assert.False(Requires.OnPath("bankchurn-no-such-tool-" + Guid.NewGuid().ToString("N")));
    }
}
