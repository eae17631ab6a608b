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
        var external = (ranges ?? []).ToLookup(r => r.Column, StringComparer.Ordinal);
        string[] columns = [.. Columns(table, settings)];
        foreach (ChurnProneRange range in external.SelectMany(g => g))
            if (!table.NumericColumns.ContainsKey(range.Column))
                throw new ArgumentException($"A range was given for '{range.Column}', which is not a numeric column of the table.", nameof(ranges));
        // Columns are independent and each costs a few passes over every row: build them in parallel, keep schema order.
        var perColumn = new List<Condition>[columns.Length];
        Parallel.For(0, columns.Length, i => perColumn[i] = ForColumn(table, columns[i], settings, external[columns[i]]));
        List<Condition> found = [.. perColumn.SelectMany(c => c)];

        // Different cuts can round to the same rule; keep the first. A condition that selects (almost) nobody or
        // everybody cannot make a segment of the minimum size that differs from the base.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. found.Where(c => seen.Add(c.RuleText))
            .Where(c => c.Rows.Count >= settings.MinSize && c.Rows.Count < table.RowCount)];
    }

    private static List<Condition> ForColumn(ClientTable table, string column, DiscoverySettings settings, IEnumerable<ChurnProneRange> ranges)
    {
        var found = new List<Condition>();
        if (table.CategoryColumns.ContainsKey(column))
            AddCategory(table, column, found);
        else
        {
            ColumnGroups groups = Groups(table, column, settings.Bins);
            if (groups.Levels.All(l => !l.IsBin))
                AddDiscrete(table, column, groups, found);
            else
                AddContinuous(table, column, groups, settings.MaxBinSpan, found);
            if (table.Numeric(column).Missing.Count > 0)
                found.Add(Condition.Missing(table, column));
        }
        foreach (ChurnProneRange range in ranges)
        {
            double? from = range.From is { } f ? ReadableThresholds.Round(column, f) : null;
            double? to = range.To is { } t ? ReadableThresholds.Round(column, t) : null;
            if (from is not null || to is not null)
                found.Add(Condition.Range(table, column, from, to));
        }
        return found;
    }

    /// <summary>The canonical columns (in schema order) present in the table and allowed by the settings.</summary>
    private static IEnumerable<string> Columns(ClientTable table, DiscoverySettings settings) =>
        ClientSchema.Columns
            .Where(c => c.IsNumeric || c.IsCategory)
            .Select(c => c.Name)
            .Where(table.HasColumn)
            .Where(name => settings.Columns.IsDefaultOrEmpty || settings.Columns.Contains(name, StringComparer.Ordinal));

    /// <summary>Tables above this size take their quantile cuts from an evenly spaced sample of rows.</summary>
    private const int MaxRowsForCuts = 200_000;

    /// <summary>
    /// <see cref="ColumnGroups.Of"/> on the table, or, for a big table, on every k-th row: cut points only need to be
    /// near the quantiles (they are rounded to readable values next), and sorting a million values per column would
    /// cost more than the whole search. The sample is deterministic, so the same table gives the same candidates.
    /// </summary>
    private static ColumnGroups Groups(ClientTable table, string column, int bins)
    {
        if (table.RowCount <= MaxRowsForCuts)
            return ColumnGroups.Of(table, column, bins);
        int stride = (table.RowCount + MaxRowsForCuts - 1) / MaxRowsForCuts;
        NumericColumn full = table.Numeric(column);
        int n = (table.RowCount + stride - 1) / stride;
        var values = new double[n];
        var missing = new RowSet(n);
        for (int i = 0; i < n; i++)
        {
            values[i] = full.Values[i * stride];
            if (full.IsMissing(i * stride)) missing.Add(i);
        }
        var sample = new ClientTable(new long[n],
            ImmutableDictionary<string, NumericColumn>.Empty.Add(column, new NumericColumn(column, values, missing)),
            ImmutableDictionary<string, CategoryColumn>.Empty, new RowSet(n), new int[n]);
        ColumnGroups groups = ColumnGroups.Of(sample, column, bins);
        if (groups.Levels.All(l => !l.IsBin) && groups.Levels.Length > 0 && FewValues(full) is { } distinct)
        {
            // A whole-number column: take its values from every row, so that values absent from the sample are not lost.
            return new ColumnGroups(column, [.. distinct.Select(v => new GroupLevel(v.ToString("R", CultureInfo.InvariantCulture), v, v))], []);
        }
        return groups;
    }

    /// <summary>The distinct values of a column in ascending order, or null when there are more than <see cref="ColumnGroups.MaxDiscreteLevels"/>.</summary>
    private static double[]? FewValues(NumericColumn column)
    {
        var seen = new List<double>(ColumnGroups.MaxDiscreteLevels + 1);
        double[] values = column.Values;
        for (int row = 0; row < values.Length; row++)
        {
            double v = values[row];
            if (double.IsNaN(v) || seen.Contains(v) || column.IsMissing(row)) continue;
            seen.Add(v);
            if (seen.Count > ColumnGroups.MaxDiscreteLevels) return null;
        }
        seen.Sort();
        return [.. seen];
    }

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
