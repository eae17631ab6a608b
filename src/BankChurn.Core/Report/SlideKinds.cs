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

    /// <summary>Month over month: changes against last period's results.</summary>
    public const string MonthOverMonth = "month_over_month";
}
