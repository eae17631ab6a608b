using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>The data-quality slide: what came in, what was left out, what is missing and whether missingness tells something.</summary>
internal static class DataQualitySlide
{
    /// <summary>Missingness counts as informative about churn at this significance level.</summary>
    private const double Alpha = 0.05;

    public static Slide Compose(DataQualityFindings quality, Narration n)
    {
        Wording w = n.W;
        KeyFigure[] figures =
        [
            new(w.Say("Строк в файле", "Rows in the file"), quality.RowsRead, CellFormat.Integer),
            new(w.Say("В анализе", "Analysed"), quality.RowsUsed, CellFormat.Integer),
            new(w.Say("Отклонено с ошибками", "Rejected as invalid"), quality.RowsRejected, CellFormat.Integer),
            new(w.Say("Исключено правилами", "Excluded by rules"), quality.RowsExcluded + quality.Duplicates.RowsDropped, CellFormat.Integer),
        ];
        ImmutableArray<ColumnMissing> missing = [.. quality.Missing.Where(m => m.Missing > 0)];
        var blocks = ImmutableArray.CreateBuilder<SlideBlock>();
        blocks.Add(new KeyFiguresBlock([.. figures]));
        if (!missing.IsEmpty)
            blocks.Add(new TableBlock(MissingTable(missing, w)));
        return n.Slide(SlideKinds.DataQuality, Model(quality, n), blocks.ToImmutable());
    }

    /// <summary>The data-quality variables: row counts, the columns whose missingness was tested, exclusions and duplicates.</summary>
    internal static ViewModel Model(DataQualityFindings quality, Narration n)
    {
        Wording w = n.W;
        DuplicateIds duplicates = quality.Duplicates;
        ColumnMissing? top = Informative(quality).FirstOrDefault();
        return n.Model()
            .Child("informative", top is null ? null : Missing(top, w))
            .List("missing", quality.Missing.Where(m => m.Churn is not null).Select(m => Missing(m, w)))
            .List("exclusions", quality.Exclusions.Where(e => e.Rows > 0).Select(e => new ViewModel(w).Text("rule", e.Rule).Text("reason", e.Reason).Count("rows", e.Rows)))
            .Child("duplicates", duplicates.Ids == 0 ? null : new ViewModel(w)
                .Count("ids", duplicates.Ids)
                .Count("in_different_cities", duplicates.IdsInDifferentCities)
                .Count("dropped", duplicates.RowsDropped)
                .Text("policy", duplicates.Policy switch
                {
                    Settings.DuplicatePolicy.Keep => "keep",
                    Settings.DuplicatePolicy.KeepFirst => "keep_first",
                    _ => "drop_all",
                })
                .Flag("kept", duplicates.Policy == Settings.DuplicatePolicy.Keep)
                .Flag("first_kept", duplicates.Policy == Settings.DuplicatePolicy.KeepFirst));
    }

    /// <summary>A column with missing values whose churn was compared with the rest; <c>informative</c> when the difference is significant.</summary>
    private static ViewModel Missing(ColumnMissing column, Wording w)
    {
        MissingChurn churn = column.Churn!;
        return new ViewModel(w)
            .Text("column", ColumnNames.Of(column.Column, w))
            .Count("missing", column.Missing)
            .Share("share", column.Share)
            .Share("missing_rate", churn.MissingRate)
            .Share("present_rate", churn.PresentRate)
            .Flag("churn_lower", churn.MissingRate < churn.PresentRate)
            .PValue("p", churn.Test.PValue)
            .Flag("informative", churn.Test.PValue < Alpha)
            .List("concentrations", column.Associations.Take(2).Select(a => new ViewModel(w)
                .Share("share", a.ConcentrationShare)
                .Text("column", ColumnNames.Of(a.Column, w))
                .Words("levels", a.Concentration.Select(l => LevelText(l.Level, w)))));
    }

    private static IEnumerable<ColumnMissing> Informative(DataQualityFindings quality) =>
        quality.Missing.Where(m => m.Churn is { } c && c.Test.PValue < Alpha).OrderByDescending(m => m.Share);

    private static Table MissingTable(ImmutableArray<ColumnMissing> missing, Wording w) => new(
        [
            new(w.Say("Поле", "Field")),
            new(w.Say("Пропусков", "Missing"), CellFormat.Integer),
            new(w.Say("Доля", "Share"), CellFormat.Percent),
            new(w.Say("Отток без значения", "Churn if missing"), CellFormat.Percent),
            new(w.Say("Отток со значением", "Churn if present"), CellFormat.Percent),
        ],
        [.. missing.Select(m => ImmutableArray.Create<Cell>(
            ColumnNames.Of(m.Column, w),
            m.Missing,
            m.Share,
            m.Churn is { MissingClients: > 0 } c ? c.MissingRate : Cell.Empty,
            m.Churn is { PresentClients: > 0 } p ? p.PresentRate : Cell.Empty))]);

    /// <summary>A level as readers write it: "0", "Ярославль", or a range "25–35".</summary>
    internal static string LevelText(GroupLevel level, Wording w) =>
        level.IsBin ? $"{w.Number(level.Low!.Value)}–{w.Number(level.High!.Value)}" : level.Low is { } v ? w.Number(v) : level.Label;
}
