using System.Collections.Immutable;
using System.Globalization;
using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;
using BankChurn.Core.Model;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>
/// The churn model: how well it ranks clients (out-of-fold AUC with its interval, against the logistic baseline), whether
/// its probabilities can be taken at face value (predicted against observed churn per decile of risk), and which columns
/// it relies on (permutation importance, the deck's one driver ranking).
/// </summary>
internal static class ModelSlide
{
    /// <summary>The slide, or null when no model was fitted (too few churners or stayers to learn from).</summary>
    public static Slide? Compose(ChurnFindings findings, Narration n)
    {
        if (findings.Model is not { } model)
            return null;
        Wording w = n.W;
        ImmutableArray<FeatureImportance> importance = DriverOrder.Importance(model);
        ImmutableArray<CalibrationBin> deciles = model.Calibration;
        double worstGap = deciles.IsEmpty ? 0 : deciles.Max(b => Math.Abs(b.Predicted - b.Observed));
        CalibrationBin? top = deciles.IsEmpty ? null : deciles[^1];

        KeyFigure[] figures =
        [
            new(w.Say("Качество ранжирования (AUC)", "Ranking quality (AUC)"), Decimal(model.Auc, w), CellFormat.Text,
                w.Say($"95 % ДИ {Decimal(model.AucConfidence.Low, w)}–{Decimal(model.AucConfidence.High, w)}; 0,5 — случайный порядок",
                    $"95% CI {Decimal(model.AucConfidence.Low, w)}–{Decimal(model.AucConfidence.High, w)}; 0.5 is a random order")),
            new(w.Say("Простая модель (логистическая)", "Simple model (logistic)"), Decimal(model.BaselineAuc, w), CellFormat.Text,
                w.Say("AUC на тех же признаках и блоках", "AUC on the same columns and folds")),
            new(w.Say("Отток в 10 % самых рискованных", "Churn in the riskiest 10%"), top is { } t ? w.Percent(t.Observed) : "—", CellFormat.Text,
                top is { } d
                    ? w.Say($"прогноз {w.Percent(d.Predicted)}; в среднем {w.Percent(findings.Overall.Rate)}", $"predicted {w.Percent(d.Predicted)}; average {w.Percent(findings.Overall.Rate)}")
                    : null),
        ];
        var calibration = new GroupedBarChartSpec(
            w.Say("Прогноз и факт по децилям риска", "Predicted vs observed churn by risk decile"),
            [.. deciles.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture))],
            [
                new BarSeries(w.Say("Прогноз модели", "Predicted"), [.. deciles.Select(b => b.Predicted)]),
                new BarSeries(w.Say("Ушли на деле", "Observed"), [.. deciles.Select(b => b.Observed)], Highlight: true),
            ],
            ValueAxis.Percent);
        var drivers = new BarChartSpec(
            w.Say("Важность признаков: падение AUC без признака", "Importance: AUC drop when the column is shuffled"),
            [.. importance.Select((i, k) => new BarItem(ColumnNames.Of(i.Column, w), Math.Max(0, i.AucDrop), Highlight: k < 3))],
            null, null, ValueAxis.Decimal, Horizontal: true);

        bool usesActivity = model.Columns.Contains(ClientSchema.LastActivity);
        ViewModel view = n.Model().Child("model", new ViewModel(w)
            .Text("method", model.Method)
            .Number("auc", Math.Round(model.Auc, 3)).Text("auc_text", Decimal(model.Auc, w))
            .Number("auc_low", Math.Round(model.AucConfidence.Low, 3)).Text("auc_low_text", Decimal(model.AucConfidence.Low, w))
            .Number("auc_high", Math.Round(model.AucConfidence.High, 3)).Text("auc_high_text", Decimal(model.AucConfidence.High, w))
            .Number("baseline_auc", Math.Round(model.BaselineAuc, 3)).Text("baseline_auc_text", Decimal(model.BaselineAuc, w))
            .Flag("beats_baseline", model.AucConfidence.Low > model.BaselineAuc)
            .Number("brier", Math.Round(model.Brier, 3)).Text("brier_text", Decimal(model.Brier, w))
            .Count("folds", model.Folds)
            .Count("training_rows", model.TrainingRows)
            .Share("worst_decile_gap", worstGap)
            .Text("worst_decile_gap_points", w.Say($"{w.Number(Math.Round(worstGap * 100, 1))} п.\u00A0п.", $"{w.Number(Math.Round(worstGap * 100, 1))} pp"))
            .Words("top_columns", importance.Take(3).Select(i => ColumnNames.Of(i.Column, w)))
            .Words("excluded", model.Excluded.Select(c => ColumnNames.Of(c, w)))
            .Flag("uses_last_activity", usesActivity));
        return n.Slide(SlideKinds.Model, view, [new KeyFiguresBlock([.. figures]), new ChartBlock(calibration), new ChartBlock(drivers)]);
    }

    // AUC reads with three decimals (0,889): two would hide the gap between the model and its interval.
    internal static string Decimal(double value, Wording w) =>
        Math.Round(value, 3, MidpointRounding.AwayFromZero).ToString("0.000", CultureInfo.InvariantCulture).Replace('.', w.IsRussian ? ',' : '.');
}
