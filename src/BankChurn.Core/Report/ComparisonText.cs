using BankChurn.Core.Clients;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>How a row of a group comparison reads: "Пол: М" for a share, "Возраст, среднее" for a mean (short column names: tables are narrow), and its values in the report's language.</summary>
internal static class ComparisonText
{
    public static string Label(ColumnComparison c, Wording w)
    {
        string name = ColumnNames.Short(c.Column, w);
        if (!c.IsShare)
            return name + w.Say(", среднее", ", mean");
        string level = ClientSchema.Find(c.Column) is { Binary: true } ? (c.Level == "1" ? w.Say("да", "yes") : w.Say("нет", "no")) : ColumnPhrases.Category(c.Column, c.Level ?? "", w);
        return $"{name}: {level}";
    }

    /// <summary>The value as a table cell: a share as a percentage, a money mean in roubles, another mean with two decimals; empty when the group has no value.</summary>
    public static Cell CellOf(ColumnComparison c, double? value) => value switch
    {
        null => Cell.Empty,
        { } share when c.IsShare => Cell.Of(share).WithFormat(CellFormat.Percent),
        { } money when ColumnPhrases.IsMoney(c.Column) => Cell.Of(money).WithFormat(CellFormat.Money),
        { } number => Cell.Of(number).WithFormat(CellFormat.Decimal),
    };

    /// <summary>A share as "18,2 %", a money mean as "1,2 млн ₽", another mean to one decimal; a dash when the group has no value.</summary>
    public static string Value(ColumnComparison c, double? value, Wording w) => value switch
    {
        null => "—",
        { } share when c.IsShare => w.Percent(share),
        { } money when ColumnPhrases.IsMoney(c.Column) => w.ReadableMoney(money),
        { } number => w.Number(Math.Round(number, 1)),
    };
}
