namespace BankChurn.Core.Segments;

/// <summary>
/// How good a group of clients is as a segment, as weighted relative accuracy (Lavrač, Flach and Zupan, 1999):
/// the share of the base it covers times how far its churn departs from the base's. Unlike the churn rate alone it
/// does not reward tiny groups, and unlike the count of excess churners it is comparable between months
/// (WRAcc · N is exactly the excess churners).
/// </summary>
public static class SegmentQuality
{
    /// <summary>Retention: WRAcc = (n/N)·(p_s − p) = (churned − n·p)/N, p = base churn.</summary>
    public static double Retention(long clients, long churned, long baseClients, long baseChurned)
    {
        Check(clients, churned, baseClients, baseChurned);
        if (baseClients == 0) return 0;
        double p = (double)baseChurned / baseClients;
        return (churned - clients * p) / baseClients;
    }

    /// <summary>
    /// Acquisition, the mirror image weighted by value: (n/N)·((1 − p_s) − (1 − p))·(v̄_s / v̄), which simplifies to
    /// (p − p_s)·V_s/V: the loyalty gain over the base times the segment's share of all client value. A segment
    /// scores high only if it is both loyal (churns less than the base) and holds much value; with no value in the
    /// base at all it falls back to plain loyalty WRAcc (n/N)·(p − p_s).
    /// </summary>
    public static double Acquisition(long clients, long churned, double value, long baseClients, long baseChurned, double baseValue)
    {
        Check(clients, churned, baseClients, baseChurned);
        if (clients == 0 || baseClients == 0) return 0;
        double gain = (double)baseChurned / baseClients - (double)churned / clients;
        return baseValue > 0 ? gain * value / baseValue : gain * clients / baseClients;
    }

    private static void Check(long clients, long churned, long baseClients, long baseChurned)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(churned);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(churned, clients);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clients, baseClients);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(baseChurned, baseClients);
    }
}
