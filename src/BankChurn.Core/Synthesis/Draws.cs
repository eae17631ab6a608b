namespace BankChurn.Core.Synthesis;

/// <summary>
/// Random draws for the generator on top of one seeded <see cref="Random"/>: normals, categories and values from
/// a quantile table. The only source of randomness, so that one seed always gives one table.
/// </summary>
internal sealed class Draws(Random random)
{
    private double _spareNormal = double.NaN;

    public double Uniform() => random.NextDouble();

    /// <summary>A whole number in [0, <paramref name="count"/>).</summary>
    public int Index(int count) => random.Next(count);

    public bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>A standard normal by the Box–Muller transform, which yields two per pair of uniforms; the second is kept for the next call.</summary>
    public double Normal()
    {
        if (!double.IsNaN(_spareNormal))
        {
            double spare = _spareNormal;
            _spareNormal = double.NaN;
            return spare;
        }
        double u1 = 1.0 - random.NextDouble(); // (0, 1]: keeps the logarithm finite
        double u2 = random.NextDouble();
        double radius = Math.Sqrt(-2.0 * Math.Log(u1));
        double angle = 2.0 * Math.PI * u2;
        _spareNormal = radius * Math.Sin(angle);
        return radius * Math.Cos(angle);
    }

    /// <summary>An index drawn with the given cumulative probabilities (the last one 1).</summary>
    public int Category(double[] cumulative)
    {
        // The first index whose cumulative probability exceeds u; a binary search, as the joint equity × products table has 50 cells.
        double u = random.NextDouble();
        int low = 0, high = cumulative.Length - 1;
        while (low < high)
        {
            int mid = (low + high) >> 1;
            if (u < cumulative[mid]) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    /// <summary>Cumulative probabilities from weights, for <see cref="Category"/>.</summary>
    public static double[] Cumulative(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights)
            total += w;
        var cumulative = new double[weights.Length];
        double running = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            cumulative[i] = running / total;
        }
        cumulative[^1] = 1.0;
        return cumulative;
    }

    /// <summary>
    /// The value at probability <paramref name="p"/> of a distribution known by its quantiles at
    /// <see cref="Calibration.QuantileLevels"/>, interpolating linearly between knots; a uniform p reproduces the
    /// published quantiles exactly and stays within the observed range.
    /// </summary>
    public static double FromQuantiles(double[] quantiles, double p)
    {
        double[] levels = Calibration.QuantileLevels;
        int i = 1;
        while (i < levels.Length - 1 && p > levels[i])
            i++;
        double t = (p - levels[i - 1]) / (levels[i] - levels[i - 1]);
        return quantiles[i - 1] + Math.Clamp(t, 0, 1) * (quantiles[i] - quantiles[i - 1]);
    }

    /// <summary>
    /// The standard normal distribution function, by Abramowitz and Stegun 26.2.17 (absolute error below 7.5e-8):
    /// plenty for turning a latent normal into a quantile level, and much cheaper than an exact erf per row.
    /// </summary>
    public static double NormalCdf(double z)
    {
        double x = Math.Abs(z);
        double t = 1.0 / (1.0 + 0.2316419 * x);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double tail = 0.3989422804014327 * Math.Exp(-0.5 * x * x) * poly;
        return z >= 0 ? 1.0 - tail : tail;
    }
}
