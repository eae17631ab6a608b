using BankChurn.Core.Analysis;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>The opening slide: the report's title (worded by its template) and its key numbers.</summary>
internal static class TitleSlide
{
    public static Slide Compose(ChurnFindings findings, Narration n)
    {
        Wording w = n.W;
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
        return n.Slide(SlideKinds.Title, n.Model(), [new KeyFiguresBlock([.. figures])]);
    }
}
