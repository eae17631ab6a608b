using System.Collections.Immutable;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Report;

/// <summary>The workbook's data-quality sheet: one row per figure, grouped by section, so marketing and analysts can filter it.</summary>
internal static class DataQualitySheet
{
    public static Sheet Compose(DataQualityFindings quality, Wording w)
    {
        var rows = new List<ImmutableArray<Cell>>();
        string rowsSection = w.Say("Строки", "Rows");
        void Add(string section, string item, Cell value, Cell share, string note) =>
            rows.Add([section, item, value, share, note]);
        Cell ShareOfRead(long n) => quality.RowsRead == 0 ? Cell.Empty : (double)n / quality.RowsRead;

        Add(rowsSection, w.Say("Прочитано из файла", "Read from the file"), quality.RowsRead, Cell.Empty, "");
        Add(rowsSection, w.Say("Отклонено с ошибками", "Rejected as invalid"), quality.RowsRejected, ShareOfRead(quality.RowsRejected),
            quality.RowsRejected > 0 ? "rejected_rows.csv" : "");
        Add(rowsSection, w.Say("Исключено правилами", "Excluded by rules"), quality.RowsExcluded, ShareOfRead(quality.RowsExcluded), "");
        Add(rowsSection, w.Say("Убрано как дубликаты ID", "Dropped as duplicate IDs"), quality.Duplicates.RowsDropped, ShareOfRead(quality.Duplicates.RowsDropped), "");
        Add(rowsSection, w.Say("В анализе", "Analysed"), quality.RowsUsed, ShareOfRead(quality.RowsUsed), "");

        string missingSection = w.Say("Пропуски", "Missing values");
        foreach (ColumnMissing column in quality.Missing)
        {
            string note = column.Churn is { } c
                ? w.Say($"отток без значения {w.Percent(c.MissingRate)}, со значением {w.Percent(c.PresentRate)} ({w.PValue(c.Test.PValue)})",
                        $"churn if missing {w.Percent(c.MissingRate)}, if present {w.Percent(c.PresentRate)} ({w.PValue(c.Test.PValue)})")
                : "";
            Add(missingSection, ColumnNames.Of(column.Column, w) + $" ({column.Column})", column.Missing, column.Share, note);
        }

        string exclusionSection = w.Say("Исключения", "Exclusions");
        foreach (ExclusionCount exclusion in quality.Exclusions)
            Add(exclusionSection, exclusion.Rule, exclusion.Rows, ShareOfRead(exclusion.Rows), exclusion.Reason);

        string duplicateSection = w.Say("Дубликаты ID", "Duplicate IDs");
        DuplicateIds duplicates = quality.Duplicates;
        Add(duplicateSection, w.Say("ID, встречающихся больше одного раза", "IDs occurring more than once"), duplicates.Ids, Cell.Empty, "");
        Add(duplicateSection, w.Say("Повторных строк", "Repeated rows"), duplicates.DuplicateRows, ShareOfRead(duplicates.DuplicateRows), "");
        Add(duplicateSection, w.Say("Из них ID в разных городах", "Of which IDs in different cities"), duplicates.IdsInDifferentCities, Cell.Empty,
            w.Say("вероятно, разные клиенты с одним ID", "probably different clients sharing an ID"));

        string rejectedSection = w.Say("Ошибки в строках", "Row errors");
        foreach (RejectedRow row in quality.Rejected)
            Add(rejectedSection, w.Say($"строка {row.Line}, поле {row.Column}", $"line {row.Line}, field {row.Column}"), Cell.Empty, Cell.Empty,
                $"{row.Problem}: «{row.Value}»");

        var table = new Table(
            [
                new(w.Say("Раздел", "Section")),
                new(w.Say("Показатель", "Item")),
                new(w.Say("Значение", "Value"), CellFormat.Integer),
                new(w.Say("Доля", "Share"), CellFormat.Percent),
                new(w.Say("Комментарий", "Note")),
            ],
            [.. rows]);
        return new Sheet(w.Say("Качество данных", "Data quality"), null, table);
    }
}
