using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Quality;

namespace BankChurn.Core.Report;

/// <summary>The data-quality slide: what came in, what was left out, what is missing and whether missingness tells something.</summary>
internal static class DataQualitySlide
{
    /// <summary>Missingness counts as informative about churn at this significance level.</summary>
    private const double Alpha = 0.05;

    public static Slide Compose(DataQualityFindings quality, Wording w)
    {
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
        blocks.Add(new TextBlock(Findings(quality, w), Bullets: true, Heading: w.Say("Что важно знать о данных", "What to know about the data")));
        return new Slide(SlideKinds.DataQuality, Headline(quality, w), null, blocks.ToImmutable());
    }

    /// <summary>The slide's title states the most important finding: informative missingness if there is any.</summary>
    private static string Headline(DataQualityFindings quality, Wording w)
    {
        ColumnMissing? top = Informative(quality).FirstOrDefault();
        if (top is { Churn: { } churn })
        {
            string column = ColumnNames.Of(top.Column, w).ToLowerInvariant();
            string direction = churn.MissingRate < churn.PresentRate
                ? w.Say("эти клиенты уходят реже", "these clients churn less")
                : w.Say("эти клиенты уходят чаще", "these clients churn more");
            return w.Say(
                $"{Capitalise(column)}: нет данных у {w.Percent(top.Share)} клиентов, и {direction} — {w.Percent(churn.MissingRate)} против {w.Percent(churn.PresentRate)}",
                $"{Capitalise(column)} is missing for {w.Percent(top.Share)} of clients, and {direction}: {w.Percent(churn.MissingRate)} vs {w.Percent(churn.PresentRate)}");
        }
        int leftOut = quality.RowsRejected + quality.RowsExcluded + quality.Duplicates.RowsDropped;
        return w.Say(
            $"Данные пригодны для анализа: в работе {w.Integer(quality.RowsUsed)} из {w.Integer(quality.RowsRead)} строк, не вошли {w.Integer(leftOut)}",
            $"The data is fit for analysis: {w.Integer(quality.RowsUsed)} of {w.Integer(quality.RowsRead)} rows used, {w.Integer(leftOut)} left out");
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

    private static ImmutableArray<string> Findings(DataQualityFindings quality, Wording w)
    {
        var items = new List<string>();
        foreach (ColumnMissing column in quality.Missing.Where(m => m.Churn is not null))
            items.Add(MissingFinding(column, w));
        foreach (ExclusionCount exclusion in quality.Exclusions.Where(e => e.Rows > 0))
            items.Add(w.Say(
                $"Исключено правилом «{exclusion.Rule}»: {w.Count(exclusion.Rows, "строка", "строки", "строк", "row", "rows")} ({exclusion.Reason}).",
                $"Excluded by rule “{exclusion.Rule}”: {w.Count(exclusion.Rows, "", "", "", "row", "rows")} ({exclusion.Reason})."));
        DuplicateIds duplicates = quality.Duplicates;
        if (duplicates.Ids > 0)
            items.Add(Duplicates(duplicates, w));
        items.Add(quality.RowsRejected == 0
            ? w.Say("Ошибок формата нет: все строки файла прочитаны.", "No format errors: every row of the file was read.")
            : w.Say($"{w.Count(quality.RowsRejected, "строка отклонена", "строки отклонены", "строк отклонено", "", "")} из-за ошибок; список — в rejected_rows.csv.",
                    $"{w.Integer(quality.RowsRejected)} invalid {w.Plural(quality.RowsRejected, "", "", "", "row was", "rows were")} rejected; see rejected_rows.csv."));
        return [.. items];
    }

    private static string MissingFinding(ColumnMissing column, Wording w)
    {
        MissingChurn churn = column.Churn!;
        string name = ColumnNames.Of(column.Column, w);
        string where = string.Join("; ", column.Associations.Take(2).Select(a => Concentration(a, w)));
        string churnPart = w.Say(
            $"отток {w.Percent(churn.MissingRate)} против {w.Percent(churn.PresentRate)} у остальных ({w.PValue(churn.Test.PValue)})",
            $"churn {w.Percent(churn.MissingRate)} vs {w.Percent(churn.PresentRate)} for the rest ({w.PValue(churn.Test.PValue)})");
        string head = w.Say(
            $"{name}: нет значения у {w.Count(column.Missing, "клиента", "клиентов", "клиентов", "client", "clients")} ({w.Percent(column.Share)})",
            $"{name}: missing for {w.Count(column.Missing, "", "", "", "client", "clients")} ({w.Percent(column.Share)})");
        string treatment = w.Say("пропуски сохранены как отдельная группа, не заполнены", "kept as missing, not imputed");
        return where.Length == 0 ? $"{head}; {churnPart}; {treatment}." : $"{head}; {where}; {churnPart}; {treatment}.";
    }

    private static string Concentration(MissingAssociation association, Wording w)
    {
        string levels = string.Join(w.Say(" или ", " or "), association.Concentration.Select(l => LevelText(l.Level, w)));
        string name = ColumnNames.Of(association.Column, w).ToLowerInvariant();
        return w.Say(
            $"из них {w.Percent(association.ConcentrationShare)} — {name} {levels}",
            $"{w.Percent(association.ConcentrationShare)} of them have {name} {levels}");
    }

    private static string Duplicates(DuplicateIds duplicates, Wording w)
    {
        string policy = duplicates.Policy switch
        {
            Settings.DuplicatePolicy.Keep => w.Say("все строки оставлены", "all rows kept"),
            Settings.DuplicatePolicy.KeepFirst => w.Say($"оставлена первая строка, убрано {w.Integer(duplicates.RowsDropped)}", $"first row kept, {w.Integer(duplicates.RowsDropped)} dropped"),
            _ => w.Say($"убраны все такие строки ({w.Integer(duplicates.RowsDropped)})", $"all such rows dropped ({w.Integer(duplicates.RowsDropped)})"),
        };
        return w.Say(
            $"{w.Count(duplicates.Ids, "ID клиента встречается", "ID клиента встречаются", "ID клиентов встречаются", "", "")} больше одного раза, {w.Integer(duplicates.IdsInDifferentCities)} из них — в разных городах; {policy}.",
            $"{w.Integer(duplicates.Ids)} client {w.Plural(duplicates.Ids, "", "", "", "ID occurs", "IDs occur")} more than once, {w.Integer(duplicates.IdsInDifferentCities)} of them in different cities; {policy}.");
    }

    /// <summary>A level as readers write it: "0", "Ярославль", or a range "25–35".</summary>
    internal static string LevelText(GroupLevel level, Wording w) =>
        level.IsBin ? $"{w.Number(level.Low!.Value)}–{w.Number(level.High!.Value)}" : level.Low is { } v ? w.Number(v) : level.Label;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
