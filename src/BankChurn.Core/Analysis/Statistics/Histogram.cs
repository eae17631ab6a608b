using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace BankChurn.Core.Analysis.Statistics;

/// <summary>Histograms for the distribution charts.</summary>
public static class Histogram
{
    /// <summary>
    /// Counts of <paramref name="a"/> and <paramref name="b"/> on <paramref name="bins"/> equal-width bins over the
    /// combined range, with numpy.histogram's conventions so that charts agree with the analysts' notebooks: edges are
    /// numpy.linspace(min, max, bins + 1); every bin is half-open except the last, which includes the maximum; a
    /// single distinct value spreads the range to [v − ½, v + ½]; two empty groups use [0, 1].
    /// Shared bins make the groups' bars comparable; the caller divides by the group sizes for shares.
    /// </summary>
    public static SharedHistogram Shared(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int bins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        Descriptive.RequireFinite(a, nameof(a));
        Descriptive.RequireFinite(b, nameof(b));
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (double v in a) { lo = Math.Min(lo, v); hi = Math.Max(hi, v); }
        foreach (double v in b) { lo = Math.Min(lo, v); hi = Math.Max(hi, v); }
        if (a.Length + b.Length == 0)
            (lo, hi) = (0, 1);
        if (lo == hi)
            (lo, hi) = (lo - 0.5, hi + 0.5);

        // numpy.linspace: start + i·step, with the last edge set to stop exactly.
        var edges = new double[bins + 1];
        double step = (hi - lo) / bins;
        for (int i = 0; i < bins; i++)
            edges[i] = lo + i * step;
        edges[bins] = hi;

        return new SharedHistogram(
            ImmutableCollectionsMarshal.AsImmutableArray(edges),
            ImmutableCollectionsMarshal.AsImmutableArray(Count(a, edges, bins)),
            ImmutableCollectionsMarshal.AsImmutableArray(Count(b, edges, bins)));
    }

    /// <summary>numpy's fast path for equal bins: scale to a bin index, then correct by comparing with the edges themselves.</summary>
    private static int[] Count(ReadOnlySpan<double> values, double[] edges, int bins)
    {
        var counts = new int[bins];
        double first = edges[0];
        double scale = bins / (edges[bins] - first);
        foreach (double v in values)
        {
            int i = (int)((v - first) * scale);
            if (i == bins) i--;
            if (v < edges[i]) i--;
            else if (i != bins - 1 && v >= edges[i + 1]) i++;
            counts[i]++;
        }
        return counts;
    }
}
