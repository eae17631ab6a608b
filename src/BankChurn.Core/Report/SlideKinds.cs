using System.Collections.Immutable;

namespace BankChurn.Core.Report;

/// <summary>
/// The slide kinds by name: the composer tags each slide with one, the config's <c>deck.slides</c> lists them in the
/// order the deck shows them, and writers may give a kind its own look (any other kind is drawn as a plain content slide).
/// </summary>
public static class SlideKinds
{
    /// <summary>The opening slide: report title, bank, period and the key numbers.</summary>
    public const string Title = "title";

    public const string Summary = "summary";

    public const string DataQuality = "data_quality";

    public const string ChurnOverview = "churn_overview";

    public const string CategoricalDrivers = "categorical_drivers";

    public const string ContinuousDrivers = "continuous_drivers";

    public const string Distributions = "distributions";

    public const string Portraits = "portraits";

    public const string Correlations = "correlations";

    public const string PhiK = "phik";

    public const string Value = "value";

    public const string Hypotheses = "hypotheses";

    /// <summary>The churn model: out-of-fold AUC against the baseline, predicted vs observed churn per decile, and permutation importance.</summary>
    public const string Model = "model";

    /// <summary>The retention plan: campaigns, clients to contact, cost, expected saved value and the control group.</summary>
    public const string Plan = "plan";

    public const string SegmentsRetention = "segments_retention";

    public const string SegmentsAcquisition = "segments_acquisition";

    /// <summary>One slide per priority segment (how many: <c>segments.detail_slides</c>); its template is rendered once per segment.</summary>
    public const string SegmentDetail = "segment_detail";

    /// <summary>The segments whose churned and current clients are compared (<c>compare_subgroups</c>): the product segments.</summary>
    public const string SegmentSubgroups = "segment_subgroups";

    /// <summary>Month over month: changes against last period's results.</summary>
    public const string MonthOverMonth = "month_over_month";

    /// <summary>The appendix: data file, rows used and left out, the tests and settings behind the figures.</summary>
    public const string Methodology = "methodology";

    /// <summary>
    /// The deck's default order (SPEC "The deck"), and the set of kinds the config may name. A listed kind that
    /// produced no slide this month (no previous month, discovery off) is skipped.
    /// </summary>
    public static ImmutableArray<string> Default { get; } =
    [
        Title, Summary, DataQuality, ChurnOverview, CategoricalDrivers, ContinuousDrivers, Distributions, Portraits,
        Correlations, PhiK, Model, Value, Hypotheses, SegmentsRetention, SegmentsAcquisition, SegmentDetail, SegmentSubgroups, Plan, MonthOverMonth, Methodology,
    ];

    /// <summary>Every kind that has a template, in default deck order; templates/&lt;language&gt;/&lt;kind&gt;.hbs.</summary>
    public static IReadOnlyList<string> Templated { get; } =
    [
        Title, Summary, DataQuality, ChurnOverview, CategoricalDrivers, ContinuousDrivers, Distributions, Portraits,
        Correlations, PhiK, Model, Value, Hypotheses, SegmentsRetention, SegmentsAcquisition, SegmentDetail, SegmentSubgroups, Plan, MonthOverMonth, Methodology,
    ];
}
