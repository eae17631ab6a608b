using System.Collections.Immutable;
using System.Globalization;
using BankChurn.Core.Analysis.Quality;

namespace BankChurn.Core.Report;

/// <summary>The workbook's run-parameters sheet: what data and config produced this report, so that it can be traced and repeated.</summary>
internal static class RunParametersSheet
{
    public static Sheet Compose(DataQualityFindings quality, RunInfo run, Wording w)
    {
        bool file = run.SourceKind == "csv";
        var rows = new List<ImmutableArray<Cell>>
        {
            Row(file ? w.Say("Файл данных", "Data file") : w.Say("Источник данных", "Data source"), run.DataFile),
            Row(file ? "SHA-256" : w.Say("SHA-256 таблицы или запроса", "SHA-256 of the table or query"), run.DataSha256),
            Row(w.Say("Период", "Period"), run.Period),
            Row(w.Say("Версия программы", "Program version"), run.ProgramVersion),
            Row(w.Say("Сформирован", "Generated at"), run.GeneratedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)),
        };
        if (file)
        {
            rows.Add(Row(w.Say("Кодировка файла", "File encoding"), quality.Format.Encoding));
            rows.Add(Row(w.Say("Разделитель полей", "Field separator"), quality.Format.Separator == '\t' ? "tab" : quality.Format.Separator.ToString()));
            rows.Add(Row(w.Say("Десятичный знак", "Decimal mark"), quality.Format.DecimalMark.ToString()));
        }
        else
        {
            // A database source has no encoding, separator or decimal mark: say how it was read, and the query if there was one.
            rows.Add(Row(w.Say("Способ чтения", "Read as"), quality.Format.Encoding));
            if (run.SourceQuery is { } query)
                rows.Add(Row(w.Say("Запрос", "Query"), query));
        }
        string[] lines = run.ConfigText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].Length > 0)
                rows.Add(Row(w.Say($"Конфигурация, строка {i + 1}", $"Config, line {i + 1}"), lines[i]));
        var table = new Table([new(w.Say("Параметр", "Parameter")), new(w.Say("Значение", "Value"))], [.. rows]);
        return new Sheet(w.Say("Параметры запуска", "Run parameters"), null, table);
    }

    private static ImmutableArray<Cell> Row(string name, string value) => [name, value];
}
