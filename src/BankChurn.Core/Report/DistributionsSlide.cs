using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>
/// The distributions slide: for the two continuous columns that separate churned from retained clients most (largest
/// |rank-biserial r|), the two density curves with the churn-prone ranges shaded, and the Mann–Whitney result.
/// </summary>
internal static class DistributionsSlide
{
    public static Slide? Compose(ChurnFindings findings, Narration n)
    {
        Wording w = n.W;
        ImmutableArray<ContinuousDriver> top =
        [
            .. findings.Drivers
                .Where(d => d.Distribution is { MannWhitney.Degeneracy: Degeneracy.None, Grid.Length: > 1 })
                .OrderByDescending(d => Math.Abs(d.Distribution!.MannWhitney.RankBiserial))
                .ThenBy(d => d.Column, StringComparer.Ordinal)
                .Take(2),
        ];
        if (top.IsEmpty)
            return null;
        bool sameDirection = top.Select(d => d.Distribution!.MannWhitney.RankBiserial > 0).Distinct().Count() == 1;
        ViewModel model = n.Model()
            .List("columns", top.Select(d => new ViewModel(w)
                .Text("column", ColumnNames.Of(d.Column, w))
                .Flag("higher", d.Distribution!.MannWhitney.RankBiserial > 0)
                .Number("r", Math.Round(d.Distribution.MannWhitney.RankBiserial, 2))
                .PValue("p", d.Distribution.MannWhitney.PValue)))
            .Flag("same_direction", sameDirection);
        return n.Slide(SlideKinds.Distributions, model, [.. top.Select(d => new ChartBlock(Chart(d, w)))]);
    }

    private static DistributionChartSpec Chart(ContinuousDriver driver, Wording w)
    {
        DriverDistribution d = driver.Distribution!;
        double low = d.Grid[0], high = d.Grid[^1];
        ImmutableArray<ShadedRange> shaded =
        [
            .. driver.ProneRanges
                .Where(r => r.To >= low && r.From <= high)
                .Select(r => new ShadedRange(Math.Max(r.From, low), Math.Min(r.To, high))),
        ];
        MannWhitneyTest mw = d.MannWhitney;
        string chartTitle = $"{ColumnNames.Of(driver.Column, w)}: r = {w.Number(Math.Round(mw.RankBiserial, 2))}, {w.PValue(mw.PValue)}";
        return new DistributionChartSpec(
            chartTitle,
            [
                new DistributionSeries(w.Say("Ушедшие", "Churned"), d.Grid, d.ChurnedDensity.Density, Highlight: true),
                new DistributionSeries(w.Say("Оставшиеся", "Retained"), d.Grid, d.RetainedDensity.Density),
            ],
            shaded,
            driver.Column is ClientSchema.Balance or ClientSchema.EstSalary ? ValueAxis.Money : ValueAxis.Decimal);
    }
}
