using BankChurn.Core.Report;
using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// Writes chart numbers in the report's language. Value labels use <see cref="CellText"/> exactly as tables do ("18,2 %");
/// ticks show only the decimals their step needs ("10 %", "0,25") and large money in millions ("1,5 млн ₽").
/// </summary>
internal static class AxisText
{
    public static CellFormat FormatOf(ValueAxis axis) => axis switch
    {
        ValueAxis.Percent => CellFormat.Percent,
        ValueAxis.Integer => CellFormat.Integer,
        ValueAxis.Money => CellFormat.Money,
        _ => CellFormat.Decimal,
    };

    /// <summary>A data value as tables show it.</summary>
    public static string Value(CellText text, double value, ValueAxis axis) =>
        double.IsFinite(value) ? text.Format(Cell.Of(value), FormatOf(axis)) : text.Format(Cell.Empty, FormatOf(axis));

    /// <summary>A tick of a scale with step <paramref name="step"/>.</summary>
    public static string Tick(CellText text, double value, double step, ValueAxis axis)
    {
        bool ru = text.Russian;
        switch (axis)
        {
            case ValueAxis.Percent:
                return Number(text, value * 100, step * 100) + (ru ? "\u00A0%" : "%");
            case ValueAxis.Money when step >= 100_000:
                return Number(text, value / 1e6, step / 1e6) + (ru ? "\u00A0млн\u00A0₽" : "\u00A0M\u00A0₽");
            case ValueAxis.Money when step >= 1_000:
                return Number(text, value / 1e3, step / 1e3) + (ru ? "\u00A0тыс.\u00A0₽" : "k\u00A0₽");
            case ValueAxis.Money:
                return Number(text, value, step) + "\u00A0₽";
            default:
                return Number(text, value, step);
        }
    }

    private static string Number(CellText text, double value, double step)
    {
        int decimals = step >= 1 ? 0 : Math.Min(6, (int)Math.Ceiling(-Math.Log10(step) - 1e-9));
        double rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        // "-0" never appears: a rounded zero drops its sign.
        return (rounded == 0 ? 0 : rounded).ToString("N" + decimals.ToString(text.Culture), text.Culture);
    }
}
