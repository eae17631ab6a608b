using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>The churn overview: the overall share and, per categorical column, the spread between its levels and the chi-square test.</summary>
internal static class ChurnOverviewSlide
{
    private const double Alpha = 0.05;

    public static Slide Compose(ChurnFindings findings, Narration n)
    {
        Wording w = n.W;
        ChurnRate overall = findings.Overall;
        var rows = findings.ByFeature
            .Where(f => f.Levels.Length > 1)
            .OrderByDescending(f => f.Test.CramersV)
            .Select(f => Row(f, overall, w));
        var table = new Table(
            [
                new(w.Say("Признак", "Feature")),
                new(w.Say("Больше всего уходят", "Highest churn")),
                new(w.Say("Меньше всего", "Lowest churn")),
                new(w.Say("V Крамера", "Cramér's V"), CellFormat.Decimal),
                new(w.Say("p (χ²)", "p (χ²)")),
            ],
            [.. rows]);
        ViewModel model = n.Model().Child("contrast", Contrast(findings, n));
        // The title slide already shows the overall figures; here the chart gives the evidence for the title's contrast.
        SlideBlock[] blocks = Chart(findings, w) is { } chart ? [new ChartBlock(chart), new TableBlock(table)] : [new TableBlock(table)];
        return n.Slide(SlideKinds.ChurnOverview, model, blocks);
    }

    /// <summary>
    /// Churn by every level of the column most associated with churn (the one the title speaks of), with intervals and
    /// the average; null when no column has two levels.
    /// </summary>
    internal static BarChartSpec? Chart(ChurnFindings findings, Wording w)
    {
        ChurnRate overall = findings.Overall;
        FeatureChurn? strongest = Strongest(findings) ?? findings.ByFeature.Where(f => f.Levels.Length > 1).MaxBy(f => f.Test.CramersV);
        if (strongest is null)
            return null;
        double top = strongest.Levels.Max(l => l.Churn.Rate);
        BarItem[] bars =
        [
            .. strongest.Levels.Select(l => new BarItem(
                ColumnPhrases.Label(strongest.Column, l.Level, l.IsMissing, w),
                l.Churn.Rate,
                l.Churn.Confidence,
                Highlight: overall.Churned > 0 && l.Churn.Rate == top)),
        ];
        return new BarChartSpec(
            w.Say($"Доля оттока: {ColumnNames.Of(strongest.Column, w)}, 95 % ДИ", $"Churn share: {ColumnNames.Of(strongest.Column, w)}, 95% CI"),
            [.. bars],
            overall.Rate,
            w.Say("в среднем", "average"),
            ValueAxis.Percent,
            Horizontal: bars.Length > 6);
    }

    /// <summary>The significant column with the largest Cramér's V, or null when none is significant.</summary>
    private static FeatureChurn? Strongest(ChurnFindings findings) =>
        findings.ByFeature.Where(f => f.Test.PValue < Alpha && f.Levels.Length > 1).MaxBy(f => f.Test.CramersV);

    private static ImmutableArray<Cell> Row(FeatureChurn feature, ChurnRate overall, Wording w)
    {
        (FeatureLevel? high, FeatureLevel? low) = Extremes(feature, overall.Clients);
        string Level(FeatureLevel? l) => l is null ? "" : $"{ColumnPhrases.Label(feature.Column, l.Level, l.IsMissing, w)}: {w.Percent(l.Churn.Rate)}";
        return [ColumnNames.Of(feature.Column, w), Level(high), Level(low), feature.Test.CramersV, w.PValue(feature.Test.PValue)];
    }

    /// <summary>The levels with the highest and lowest churn share among those large enough to headline.</summary>
    internal static (FeatureLevel? High, FeatureLevel? Low) Extremes(FeatureChurn feature, int clients)
    {
        FeatureLevel[] candidates = [.. feature.Levels.Where(l => !l.IsMissing && ColumnPhrases.Headline(l.Churn.Clients, clients))];
        if (candidates.Length < 2)
            candidates = [.. feature.Levels.Where(l => !l.IsMissing)];
        return (candidates.MaxBy(l => l.Churn.Rate), candidates.MinBy(l => l.Churn.Rate));
    }

    /// <summary>
    /// The strongest significant contrast between two levels of one column (largest Cramér's V), for the title
    /// "Мужчины уходят почти вдвое чаще женщин: 23,6 % против 12,8 %"; null when nobody left or no column separates clients.
    /// </summary>
    internal static ViewModel? Contrast(ChurnFindings findings, Narration n)
    {
        Wording w = n.W;
        ChurnRate overall = findings.Overall;
        if (overall.Churned == 0)
            return null;
        FeatureChurn? strongest = Strongest(findings);
        if (strongest is null || Extremes(strongest, overall.Clients) is not ({ } high, { } low) || high.Churn.Rate <= low.Churn.Rate)
            return null;
        return new ViewModel(w)
            .Text("column", ColumnNames.Of(strongest.Column, w))
            .Text("high_who", ColumnPhrases.Who(strongest.Column, high.Level, high.IsMissing, w))
            .Text("low_who", ColumnPhrases.Who(strongest.Column, low.Level, low.IsMissing, w))
            .Share("high_rate", high.Churn.Rate)
            .Share("low_rate", low.Churn.Rate)
            .Count("high_clients", high.Churn.Clients)
            .Count("low_clients", low.Churn.Clients)
            .Number("ratio", low.Churn.Rate > 0 ? high.Churn.Rate / low.Churn.Rate : 0)
            .Flag("low_none", low.Churn.Rate == 0)
            .Flag("ratio_allowed", ColumnPhrases.RatioAllowed(high.Churn.Clients, low.Churn.Clients))
            .Number("cramers_v", Math.Round(strongest.Test.CramersV, 2))
            .PValue("p", strongest.Test.PValue);
    }

    internal static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
