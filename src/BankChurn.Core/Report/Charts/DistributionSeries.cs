using System.Collections.Immutable;

namespace BankChurn.Core.Report.Charts;

/// <summary>One group's distribution as a curve: heights (a density or histogram heights) over an ascending grid.</summary>
/// <param name="Name">The legend entry ("Ушедшие").</param>
/// <param name="X">The grid in the chart's x unit, ascending.</param>
/// <param name="Heights">One non-negative height per grid point. Groups are compared by shape, so use densities (area 1) for groups of different sizes.</param>
/// <param name="Highlight">True to draw the group in the contrast colour: the churned clients.</param>
public sealed record DistributionSeries(string Name, ImmutableArray<double> X, ImmutableArray<double> Heights, bool Highlight = false)
{
    /// <summary>The heights, checked to match the grid one to one.</summary>
    public ImmutableArray<double> Heights { get; init; } = Checked(X, Heights);

    private static ImmutableArray<double> Checked(ImmutableArray<double> x, ImmutableArray<double> heights)
    {
        int points = x.IsDefault ? 0 : x.Length, count = heights.IsDefault ? 0 : heights.Length;
        if (points != count)
            throw new ArgumentException($"A distribution needs one height per grid point; got {count} heights for {points} points.", nameof(heights));
        for (int i = 1; i < points; i++)
        {
            if (!(x[i] >= x[i - 1]))
                throw new ArgumentException($"The grid must ascend; point {i} ({x[i]}) is below point {i - 1} ({x[i - 1]}).", nameof(x));
        }

        return heights;
    }
}
