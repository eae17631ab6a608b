using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;
using BankChurn.Core.Report.Charts;

namespace BankChurn.Core.Report;

/// <summary>
/// The distributions slide: for the two continuous columns that separate churned from retained clients most (largest
/// |rank-biserial r|), the two density curves with the churn-prone ranges shaded, and the Mann–Whitney result.
/// </summary>
internal static class DistributionsSlide
{
    public static Slide? Compose(ChurnFindings findings, Wording w)
    {
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
        string Direction(ContinuousDriver d) => ColumnNames.Of(d.Column, w).ToLowerInvariant() + " " +
            (d.Distribution!.MannWhitney.RankBiserial > 0 ? w.Say("выше", "higher") : w.Say("ниже", "lower"));
        bool sameDirection = top.Select(d => d.Distribution!.MannWhitney.RankBiserial > 0).Distinct().Count() == 1;
        string title = w.Say(
            $"У ушедших клиентов {string.Join(sameDirection ? " и " : ", а ", top.Select(Direction))}, чем у оставшихся",
            $"Churned clients have {string.Join(" and ", top.Select(Direction))} than retained ones");
        var blocks = ImmutableArray.CreateBuilder<SlideBlock>();
        foreach (ContinuousDriver driver in top)
            blocks.Add(new ChartBlock(Chart(driver, w)));
        return new Slide("distributions", title, w.Say(
            "Плотности распределения (гауссово ядро, ширина окна по Скотту); закрашены диапазоны с оттоком выше среднего; U-тест Манна — Уитни, r — ранго-бисериальная корреляция (r > 0: у ушедших значения выше)",
            "Densities (Gaussian kernel, Scott's bandwidth); shaded: ranges where churn is above average; Mann–Whitney U test, r is the rank-biserial correlation (r > 0: churned clients have higher values)"),
            blocks.ToImmutable());
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
