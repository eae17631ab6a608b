namespace BankChurn.Core.Analysis.PhiK;

/// <summary>Several order statistics of an array at once by multi-quickselect (Hoare's FIND, generalised to a set of ranks).</summary>
internal static class OrderStatistics
{
    /// <summary>
    /// The values that would sit at <paramref name="ranks"/> (0-based, ascending, distinct) if <paramref name="data"/> were
    /// sorted. Permutes <paramref name="data"/>. Expected O(n log k) for k ranks; a segment that recurses too deep is
    /// simply sorted, so the worst case stays O(n log n).
    /// </summary>
    public static Dictionary<int, double> Select(double[] data, int[] ranks)
    {
        var found = new Dictionary<int, double>(ranks.Length);
        int depthLimit = 2 * (int)Math.Ceiling(Math.Log2(data.Length + 1)) + 4;
        Select(data, 0, data.Length - 1, ranks, 0, ranks.Length, found, depthLimit);
        return found;
    }

    private static void Select(double[] data, int left, int right, int[] ranks, int firstRank, int endRank,
        Dictionary<int, double> found, int depthLimit)
    {
        if (firstRank >= endRank) return;
        if (depthLimit == 0 || right - left < 32)
        {
            Array.Sort(data, left, right - left + 1);
            for (int r = firstRank; r < endRank; r++) found[ranks[r]] = data[ranks[r]];
            return;
        }

        // Median of three as the pivot, then a three-way (Dijkstra) partition so that runs of ties end in one step.
        double pivot = MedianOfThree(data[left], data[left + (right - left) / 2], data[right]);
        int lt = left, i = left, gt = right;
        while (i <= gt)
        {
            double v = data[i];
            if (v < pivot)
            {
                data[i++] = data[lt];
                data[lt++] = v;
            }
            else if (v > pivot)
            {
                data[i] = data[gt];
                data[gt--] = v;
            }
            else
            {
                i++;
            }
        }
        // data[left..lt) < pivot, data[lt..gt] == pivot, data(gt..right] > pivot.
        int r0 = firstRank;
        while (r0 < endRank && ranks[r0] < lt) r0++;
        int r1 = r0;
        while (r1 < endRank && ranks[r1] <= gt) found[ranks[r1++]] = pivot;
        Select(data, left, lt - 1, ranks, firstRank, r0, found, depthLimit - 1);
        Select(data, gt + 1, right, ranks, r1, endRank, found, depthLimit - 1);
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
