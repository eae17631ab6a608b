namespace BankChurn.Core.Report;

/// <summary>The slide kinds writers know by name; any other kind is drawn as a plain content slide.</summary>
public static class SlideKinds
{
    /// <summary>The opening slide: report title, bank, period and the key numbers.</summary>
    public const string Title = "title";

    public const string DataQuality = "data_quality";

    public const string ChurnOverview = "churn_overview";

    public const string CategoricalDrivers = "categorical_drivers";

    public const string ContinuousDrivers = "continuous_drivers";

    public const string Portraits = "portraits";

    public const string Value = "value";

    /// <summary>Right after the title: the three to five headline findings of the month.</summary>
    public const string Summary = "summary";

    public const string Distributions = "distributions";

    public const string Correlations = "correlations";

    public const string PhiK = "phik";

    public const string Hypotheses = "hypotheses";

    public const string SegmentsRetention = "segments_retention";

    public const string SegmentsAcquisition = "segments_acquisition";

    /// <summary>One per priority segment (its template is rendered once per segment).</summary>
    public const string SegmentDetail = "segment_detail";

    /// <summary>The appendix: data file, rows used and left out, the tests and settings behind the figures.</summary>
    public const string Methodology = "methodology";

    /// <summary>Every kind that has a template, in default deck order; templates/&lt;language&gt;/&lt;kind&gt;.hbs.</summary>
    public static IReadOnlyList<string> Templated { get; } =
    [
        Title, Summary, DataQuality, ChurnOverview, CategoricalDrivers, ContinuousDrivers, Distributions, Portraits,
        Correlations, PhiK, Value, Hypotheses, SegmentsRetention, SegmentsAcquisition, SegmentDetail, Methodology,
    ];
}
