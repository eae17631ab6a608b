using System.Globalization;
using System.Text;

namespace BankChurn.Core.Segments;

/// <summary>
/// Ids of discovered segments that stay the same from month to month for the same rule: "found_retention_3f9a0c12",
/// the goal plus a 32-bit FNV-1a hash of the normalized rule (conditions sorted, single spaces). Thresholds are already
/// rounded to readable values before the rule is written, so small moves of the data keep the rule, and with it the id;
/// a position in the ranking ("found_retention_1") would instead rename segments whenever the ranking moved.
/// </summary>
public static class DiscoveredIds
{
    public static string For(SegmentGoal goal, IEnumerable<string> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        string normalized = string.Join(" and ", conditions
            .Select(c => string.Join(' ', c.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Order(StringComparer.Ordinal));
        string prefix = goal == SegmentGoal.Retention ? "found_retention_" : "found_acquisition_";
        return prefix + Fnv1a(normalized).ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>FNV-1a over UTF-8 bytes: tiny, and unlike string.GetHashCode the same in every process.</summary>
    private static uint Fnv1a(string text)
    {
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
            hash = (hash ^ b) * 16777619;
        return hash;
    }
}
