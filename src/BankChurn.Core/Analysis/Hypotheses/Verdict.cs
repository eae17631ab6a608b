namespace BankChurn.Core.Analysis.Hypotheses;

/// <summary>What a hypothesis's evidence supports, direction and size of the effect included.</summary>
public enum Verdict
{
    /// <summary>Significant after Holm, in the stated direction (if any), with an effect at least the minimum.</summary>
    Confirmed,

    /// <summary>Significant after Holm, with at least the minimum effect, but the other way round from the stated direction.</summary>
    Opposite,

    /// <summary>Significant after Holm, but the effect is below the minimum: a real but unimportant difference.</summary>
    Negligible,

    /// <summary>Not significant after Holm, or not testable (an empty group, no spread).</summary>
    NotShown,
}
