using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// Rounds cut points to values a banker would write: ages to whole years (a multiple of 5 when one is close),
/// scores to tens (a multiple of 50 when close), money to two significant figures (one when close), whole-number
/// columns to whole numbers. A segment's figures are always computed on the rounded cut, never on the raw one.
/// </summary>
public static class ReadableThresholds
{
    /// <summary>
    /// The readable value for a raw cut of <paramref name="column"/>. <paramref name="tolerance"/> is how far the cut may
    /// move to reach the coarser, rounder value (the caller passes a quarter of the gap to the neighbouring cuts, so a
    /// bin is never swallowed); 0 keeps the finer rounding only.
    /// </summary>
    public static double Round(string column, double value, double tolerance = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "A cut point must be a finite number.");
        (double fine, double coarse) = column switch
        {
            ClientSchema.Age => (Math.Round(value, MidpointRounding.AwayFromZero), Nearest(value, 5)),
            ClientSchema.Score => (Nearest(value, 10), Nearest(value, 50)),
            _ when ClientSchema.Find(column) is { WholeNumber: true } =>
                (Math.Round(value, MidpointRounding.AwayFromZero), Math.Round(value, MidpointRounding.AwayFromZero)),
            _ => (Significant(value, 2), Significant(value, 1)),
        };
        return Math.Abs(coarse - value) <= tolerance ? coarse : fine;
    }

    /// <summary><paramref name="value"/> rounded to <paramref name="digits"/> significant figures: 1 125 782.76 → 1 100 000 for 2.</summary>
    public static double Significant(double value, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        if (value == 0) return 0;
        int magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        double step = Math.Pow(10, magnitude - digits + 1);
        // Divide and multiply by an exact power of ten so that 1 100 000 comes out as exactly 1100000, not 1100000.0000000002.
        double rounded = Math.Round(value / step, MidpointRounding.AwayFromZero);
        return step >= 1 ? rounded * step : rounded / Math.Pow(10, -(magnitude - digits + 1));
    }

    private static double Nearest(double value, double step) => Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
}
