using System.Collections.Immutable;
using System.Globalization;
using BankChurn.Core.Analysis.Quality;

namespace BankChurn.Core.Report;

/// <summary>The workbook's run-parameters sheet: what data and config produced this report, so that it can be traced and repeated.</summary>
internal static class RunParametersSheet
{
    public static Sheet Compose(DataQualityFindings quality, RunInfo run, Wording w)
    {
        var rows = new List<ImmutableArray<Cell>>
        {
            Row(w.Say("Файл данных", "Data file"), run.DataFile),
            Row("SHA-256", run.DataSha256),
            Row(w.Say("Период", "Period"), run.Period),
            Row(w.Say("Версия программы", "Program version"), run.ProgramVersion),
            Row(w.Say("Сформирован", "Generated at"), run.GeneratedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)),
            Row(w.Say("Кодировка файла", "File encoding"), quality.Format.Encoding),
            Row(w.Say("Разделитель полей", "Field separator"), quality.Format.Separator == '\t' ? "tab" : quality.Format.Separator.ToString()),
            Row(w.Say("Десятичный знак", "Decimal mark"), quality.Format.DecimalMark.ToString()),
        };
        string[] lines = run.ConfigText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].Length > 0)
                rows.Add(Row(w.Say($"Конфигурация, строка {i + 1}", $"Config, line {i + 1}"), lines[i]));
        var table = new Table([new(w.Say("Параметр", "Parameter")), new(w.Say("Значение", "Value"))], [.. rows]);
        return new Sheet(w.Say("Параметры запуска", "Run parameters"), null, table);
    }

    private static ImmutableArray<Cell> Row(string name, string value) => [name, value];
}
