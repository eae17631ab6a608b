using BankChurn.Core.Rules;

namespace BankChurn.Core.Settings;

/// <summary>A hypothesis from the config: two groups of clients compared on a metric with a test at level alpha.</summary>
/// <param name="TitleEn">The title English decks show; null shows <paramref name="Title"/>.</param>
/// <param name="Metric">A number per client (a column or a formula); a 0/1 metric such as churn is compared as a share.</param>
public sealed record HypothesisSettings(
    string Id,
    string Title,
    ValueExpression Metric,
    HypothesisGroup GroupA,
    HypothesisGroup GroupB,
    HypothesisTest Test,
    double Alpha,
    string? TitleEn = null)
{
    /// <summary>The title in the report's language: English decks show <see cref="TitleEn"/> when the config gives one.</summary>
    public string TitleIn(bool russian) => russian || TitleEn is null ? Title : TitleEn;

    /// <summary>The direction the title claims; a directional claim gets a directional verdict (<see cref="Analysis.Hypotheses.Verdict"/>).</summary>
    public HypothesisDirection Direction { get; init; } = HypothesisDirection.TwoSided;
}
