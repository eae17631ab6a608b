using System.Collections.Immutable;
using System.Globalization;
using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// The single conditions the search combines: category levels (and, for three or more levels, all-but-one),
/// whole-number values with their ≥ and ≤ groupings (products ≥ 2, equity ≤ 1), readable ≥ / ≤ / between
/// conditions from quantile-bin boundaries of continuous columns, "is missing" where values are missing, and any
/// externally supplied ranges. Thresholds are rounded (<see cref="ReadableThresholds"/>) before rows are computed.
/// </summary>
public static class CandidateConditions
{
    public static ImmutableArray<Condition> Build(ClientTable table, DiscoverySettings settings, IEnumerable<ChurnProneRange>? ranges = null)
    {
        settings.Check();
        var found = new List<Condition>();
        var external = (ranges ?? []).ToLookup(r => r.Column, StringComparer.Ordinal);
        foreach (string column in Columns(table, settings))
        {
            if (table.CategoryColumns.ContainsKey(column))
                AddCategory(table, column, found);
            else
            {
                ColumnGroups groups = ColumnGroups.Of(table, column, settings.Bins);
                if (groups.Levels.All(l => !l.IsBin))
                    AddDiscrete(table, column, groups, found);
                else
                    AddContinuous(table, column, groups, settings.MaxBinSpan, found);
                if (table.Numeric(column).Missing.Count > 0)
                    found.Add(Condition.Missing(table, column));
            }
            foreach (ChurnProneRange range in external[column])
            {
                double? from = range.From is { } f ? ReadableThresholds.Round(column, f) : null;
                double? to = range.To is { } t ? ReadableThresholds.Round(column, t) : null;
                if (from is not null || to is not null)
                    found.Add(Condition.Range(table, column, from, to));
            }
        }
        foreach (ChurnProneRange range in external.SelectMany(g => g))
            if (!table.NumericColumns.ContainsKey(range.Column))
                throw new ArgumentException($"A range was given for '{range.Column}', which is not a numeric column of the table.", nameof(ranges));

        // Different cuts can round to the same rule; keep the first. A condition that selects (almost) nobody or
        // everybody cannot make a segment of the minimum size that differs from the base.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. found.Where(c => seen.Add(c.RuleText))
            .Where(c => c.Rows.Count >= settings.MinSize && c.Rows.Count < table.RowCount)];
    }

    /// <summary>The canonical columns (in schema order) present in the table and allowed by the settings.</summary>
    private static IEnumerable<string> Columns(ClientTable table, DiscoverySettings settings) =>
        ClientSchema.Columns
            .Where(c => c.IsNumeric || c.IsCategory)
            .Select(c => c.Name)
            .Where(table.HasColumn)
            .Where(name => settings.Columns.IsDefaultOrEmpty || settings.Columns.Contains(name, StringComparer.Ordinal));

    private static void AddCategory(ClientTable table, string column, List<Condition> found)
    {
        ImmutableArray<string> levels = table.Category(column).Levels;
        foreach (string level in levels)
            found.Add(Condition.OfLevels(table, column, [level]));
        if (levels.Length >= 3)
            foreach (string left in levels)
                found.Add(Condition.OfLevels(table, column, levels.Where(l => l != left)));
        if (table.Category(column).Codes.Contains(CategoryColumn.MissingCode))
            found.Add(Condition.Missing(table, column));
    }

    /// <summary>Each value, and for ordered values with more than two levels the "at least v" and "at most v" groups.</summary>
    private static void AddDiscrete(ClientTable table, string column, ColumnGroups groups, List<Condition> found)
    {
        double[] values = [.. groups.Levels.Select(l => l.Low!.Value)];
        foreach (double v in values)
            found.Add(Condition.OfLevels(table, column, [v.ToString("R", CultureInfo.InvariantCulture)]));
        if (values.Length <= 2)
            return;
        for (int i = 1; i < values.Length; i++)
            found.Add(Condition.Range(table, column, values[i], null));
        for (int i = 0; i < values.Length - 1; i++)
            found.Add(Condition.Range(table, column, null, values[i]));
    }

    /// <summary>
    /// Inner bin boundaries, each rounded with a tolerance of one bin width (the gap to its nearest neighbouring
    /// boundary), so a rounder value (age 35 rather than 37) is preferred whenever it is within a bin of the raw cut;
    /// cuts that round to the same value merge. Then ≥ c, ≤ c and "between" over up to
    /// <paramref name="maxSpan"/> consecutive bins.
    /// </summary>
    private static void AddContinuous(ClientTable table, string column, ColumnGroups groups, int maxSpan, List<Condition> found)
    {
        double[] raw = [.. groups.Levels.Take(groups.Levels.Length - 1).Select(l => l.High!.Value)];
        var cuts = new SortedSet<double>();
        for (int i = 0; i < raw.Length; i++)
        {
            double gap = Math.Min(
                i > 0 ? raw[i] - raw[i - 1] : groups.Levels[0].High!.Value - groups.Levels[0].Low!.Value,
                i < raw.Length - 1 ? raw[i + 1] - raw[i] : groups.Levels[^1].High!.Value - groups.Levels[^1].Low!.Value);
            cuts.Add(ReadableThresholds.Round(column, raw[i], Math.Max(0, gap)));
        }
        double[] c = [.. cuts];
        foreach (double cut in c)
            found.Add(Condition.Range(table, column, cut, null));
        foreach (double cut in c)
            found.Add(Condition.Range(table, column, null, cut));
        for (int span = 1; span <= maxSpan; span++)
            for (int i = 0; i + span < c.Length; i++)
                found.Add(Condition.Range(table, column, c[i], c[i + span]));
    }
}
