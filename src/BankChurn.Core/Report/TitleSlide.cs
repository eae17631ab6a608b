using BankChurn.Core.Analysis;

namespace BankChurn.Core.Report;

/// <summary>The opening slide: the report's title and its key numbers.</summary>
internal static class TitleSlide
{
    public static Slide Compose(ChurnFindings findings, Wording w, string title)
    {
        ChurnRate overall = findings.Overall;
        var quality = findings.Quality;
        int leftOut = quality.RowsRejected + quality.RowsExcluded + quality.Duplicates.RowsDropped;
        KeyFigure[] figures =
        [
            new(w.Say("Клиентов в анализе", "Clients analysed"), overall.Clients, CellFormat.Integer,
                w.Say($"из {w.Integer(quality.RowsRead)} строк файла", $"of {w.Integer(quality.RowsRead)} rows in the file")),
            new(w.Say("Ушли из банка", "Churned"), overall.Churned, CellFormat.Integer, null),
            new(w.Say("Доля оттока", "Churn share"), overall.Rate, CellFormat.Percent,
                w.Say($"95 % ДИ: {w.Percent(overall.Confidence.Low)} – {w.Percent(overall.Confidence.High)}",
                      $"95% CI: {w.Percent(overall.Confidence.Low)} – {w.Percent(overall.Confidence.High)}")),
            new(w.Say("Не вошли в анализ", "Left out"), leftOut, CellFormat.Integer,
                w.Say($"отклонено {w.Integer(quality.RowsRejected)}, исключено {w.Integer(quality.RowsExcluded + quality.Duplicates.RowsDropped)}",
                      $"{w.Integer(quality.RowsRejected)} rejected, {w.Integer(quality.RowsExcluded + quality.Duplicates.RowsDropped)} excluded")),
        ];
        string subtitle = w.Say(
            $"Ушёл каждый {OneIn(overall.Rate)}-й клиент: {w.Percent(overall.Rate)} базы",
            $"One client in {OneIn(overall.Rate)} left: {w.Percent(overall.Rate)} of the base");
        return new Slide(SlideKinds.Title, title, overall.Churned == 0 ? null : subtitle, [new KeyFiguresBlock([.. figures])]);
    }

    private static long OneIn(double rate) => rate <= 0 ? 0 : (long)Math.Round(1 / rate);
}
