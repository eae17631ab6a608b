namespace BankChurn.Core.Settings;

/// <summary>The direction a hypothesis claims for group A against group B (config key <c>direction</c>).</summary>
public enum HypothesisDirection
{
    /// <summary>The groups differ, either way.</summary>
    TwoSided,

    /// <summary>Group A's metric is higher than group B's (its mean, its distribution, or its share).</summary>
    AGreater,

    /// <summary>Group A's metric is lower than group B's.</summary>
    ALess,
}
