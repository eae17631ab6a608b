using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>Small data rules shared by the layouts: which values count and what range a value axis must cover.</summary>
internal static class ChartData
{
    /// <summary>The range an axis must show: every finite value, and zero for bars and shares, whose length is read from zero.</summary>
    public static (double Low, double High) Domain(IEnumerable<double> values, bool includeZero)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (double value in values)
        {
            if (!double.IsFinite(value))
                continue;
            low = Math.Min(low, value);
            high = Math.Max(high, value);
        }

        if (double.IsInfinity(low))
            (low, high) = (0, 0);
        return includeZero ? (Math.Min(0, low), Math.Max(0, high)) : (low, high);
    }

    /// <summary>Shares always start at zero; other units do for bars.</summary>
    public static bool StartsAtZero(ValueAxis axis, bool bars) => bars || axis == ValueAxis.Percent;

    public static double OrZero(double value) => double.IsFinite(value) ? value : 0;

    /// <summary>The legend entry for a reference line: its label followed by its value ("в среднем 18,2 %").</summary>
    public static string ReferenceText(ChartCanvas canvas, string? label, double value, ValueAxis axis)
    {
        string formatted = AxisText.Value(canvas.Text, value, axis);
        return label is { Length: > 0 } ? label + " " + formatted : formatted;
    }
}
