using System.Collections.Immutable;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Analysis.PhiK;
using BankChurn.Core.Clients;
using BankChurn.Core.Report.Charts;

namespace BankChurn.Core.Report;

/// <summary>The phi_K slide: the drivers of churn ranked on one scale for every column type, and the full matrix.</summary>
internal static class PhiKSlide
{
    public static Slide Compose(CorrelationFindings correlations, int churned, Wording w)
    {
        ImmutableArray<DriverRank> ranking = correlations.Ranking;
        string Name(string column) => column == ClientSchema.Churn ? w.Say("Отток", "Churn") : ColumnNames.Of(column, w);
        string title = churned == 0
            ? w.Say("В этом месяце никто не ушёл: связь признаков с оттоком не определена", "Nobody left this month: no association with churn can be measured")
            : ranking.Length < 3
            ? w.Say("Связи признаков между собой и с оттоком (φK)", "How the columns relate to each other and to churn (φK)")
            : w.Say(
                $"Главные факторы оттока по φK: {Name(ranking[0].Column).ToLowerInvariant()}, {Name(ranking[1].Column).ToLowerInvariant()} и {Name(ranking[2].Column).ToLowerInvariant()}",
                $"Top churn drivers by φK: {Name(ranking[0].Column).ToLowerInvariant()}, {Name(ranking[1].Column).ToLowerInvariant()} and {Name(ranking[2].Column).ToLowerInvariant()}");
        var bars = new BarChartSpec(
            w.Say("φK с оттоком", "φK with churn"),
            [.. ranking.Select(r => new BarItem(Name(r.Column), r.PhiK, Highlight: r.Rank <= 3))],
            null, null, ValueAxis.Decimal, Horizontal: true);
        PhiKMatrix matrix = correlations.PhiK;
        var heatmap = new HeatmapSpec(
            w.Say("Матрица φK", "φK matrix"),
            [.. matrix.Columns.Select(Name)],
            [.. Enumerable.Range(0, matrix.Columns.Length).Select(i =>
                ImmutableArray.CreateRange(Enumerable.Range(0, matrix.Columns.Length).Select(j => matrix[i, j].Value)))]);
        string binning = matrix.Binning == PhiKBinning.Uniform
            ? w.Say("числа — 10 равных интервалов, пропуски исключены (как в библиотеке phik)", "numbers in 10 equal-width bins, missing values dropped (as the phik library does)")
            : w.Say("числа — 10 квантильных интервалов, пропуск — отдельная группа", "numbers in 10 quantile bins, missing as its own group");
        return new Slide("phik", title,
            w.Say($"φK (Baak et al., 2018) — одна шкала 0…1 для любых типов признаков; {binning}",
                  $"φK (Baak et al., 2018) is one 0…1 scale for every column type; {binning}"),
            [new ChartBlock(bars), new ChartBlock(heatmap)]);
    }
}
