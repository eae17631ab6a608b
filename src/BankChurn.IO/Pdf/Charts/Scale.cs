using System.Collections.Immutable;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// A linear value axis: the data range <see cref="Min"/>..<see cref="Max"/> mapped onto points <see cref="From"/>..<see cref="To"/>,
/// with "nice" ticks in steps of 1, 2 or 5 times a power of ten.
/// </summary>
internal sealed record Scale(double Min, double Max, double Step, ImmutableArray<double> Ticks, double From, double To)
{
    /// <summary>The position of <paramref name="value"/> in points; values outside the range are held at its ends.</summary>
    public double Map(double value) => From + ((Math.Clamp(value, Min, Max) - Min) / (Max - Min) * (To - From));

    /// <summary>The same ticks mapped onto other points.</summary>
    public Scale Onto(double from, double to) => this with { From = from, To = to };

    /// <summary>
    /// A scale covering <paramref name="low"/>..<paramref name="high"/> with about <paramref name="tickCount"/> intervals.
    /// With <paramref name="extend"/> the ends move out to whole ticks (bar charts, so the top gridline frames the tallest bar);
    /// without it the range stays the data's and the ticks fall inside (distributions).
    /// </summary>
    public static Scale Nice(double low, double high, int tickCount, bool extend, double from = 0, double to = 1)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
            (low, high) = (0, 1);
        if (high < low)
            (low, high) = (high, low);
        if (high - low < 1e-12)
        {
            // One value (or all zero): give it room on both sides, or above zero.
            double pad = Math.Abs(high) > 1e-12 ? Math.Abs(high) * 0.5 : 1;
            (low, high) = low >= 0 && low - pad < 0 ? (0, high + pad) : (low - pad, high + pad);
        }

        double step = NiceStep((high - low) / Math.Max(1, tickCount));
        double first = extend ? Math.Floor((low / step) + 1e-9) * step : Math.Ceiling((low / step) - 1e-9) * step;
        double last = extend ? Math.Ceiling((high / step) - 1e-9) * step : Math.Floor((high / step) + 1e-9) * step;
        var ticks = ImmutableArray.CreateBuilder<double>();
        for (double tick = first; tick <= last + (step * 1e-6); tick += step)
            ticks.Add(Math.Abs(tick) < step * 1e-9 ? 0 : Math.Round(tick / step) * step);
        return extend ? new Scale(first, last, step, ticks.ToImmutable(), from, to) : new Scale(low, high, step, ticks.ToImmutable(), from, to);
    }

    /// <summary>The smallest of 1, 2, 5 × 10^k at least <paramref name="rough"/>.</summary>
    public static double NiceStep(double rough)
    {
        if (!(rough > 0))
            return 1;
        double power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1.0000001 ? 1 : fraction <= 2.0000001 ? 2 : fraction <= 5.0000001 ? 5 : 10;
        return nice * power;
    }
}
