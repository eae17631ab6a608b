namespace BankChurn.Core.Settings;

/// <summary>The test a hypothesis asks for; <see cref="Auto"/> lets the data decide by a stated rule.</summary>
public enum HypothesisTest
{
    Auto,
    WelchT,
    MannWhitney,
    ChiSquare,
    TwoProportionZ,
}
