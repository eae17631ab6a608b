using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Analysis.PhiK;
using BankChurn.Core.Clients;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>The phi_K slide: the drivers of churn ranked on one scale for every column type, and the full matrix.</summary>
internal static class PhiKSlide
{
    public static Slide Compose(ChurnFindings findings, Narration n)
    {
        Wording w = n.W;
        CorrelationFindings correlations = findings.Correlations;
        // The bars follow the deck's one driver order (the model's importance) and mark its top three; φK supports it.
        Func<string, int> order = DriverOrder.Rank(findings);
        ImmutableArray<DriverRank> ranking = [.. correlations.Ranking.OrderBy(r => order(r.Column))];
        ImmutableArray<string> top = [.. DriverOrder.Columns(findings).Take(3)];
        string Name(string column) => column == ClientSchema.Churn ? w.Say("Отток", "Churn") : ColumnNames.Of(column, w);
        var bars = new BarChartSpec(
            w.Say("φK с оттоком", "φK with churn"),
            [.. ranking.Select(r => new BarItem(Name(r.Column), r.PhiK, Highlight: top.Contains(r.Column)))],
            null, null, ValueAxis.Decimal, Horizontal: true);
        PhiKMatrix matrix = correlations.PhiK;
        var heatmap = new HeatmapSpec(
            w.Say("Матрица φK", "φK matrix"),
            [.. matrix.Columns.Select(Name)],
            [.. Enumerable.Range(0, matrix.Columns.Length).Select(i =>
                ImmutableArray.CreateRange(Enumerable.Range(0, matrix.Columns.Length).Select(j => matrix[i, j].Value)))]);
        ViewModel model = n.Model()
            .List("ranking", ranking.Select(r => new ViewModel(w).Text("column", Name(r.Column)).Number("phik", Math.Round(r.PhiK, 2)).Count("rank", r.Rank)))
            .Words("top_columns", top.Select(Name))
            .Flag("drivers_from_model", DriverOrder.FromModel(findings))
            .Flag("uniform_bins", matrix.Binning == PhiKBinning.Uniform);
        return n.Slide(SlideKinds.PhiK, model, [new ChartBlock(bars), new ChartBlock(heatmap)]);
    }
}
