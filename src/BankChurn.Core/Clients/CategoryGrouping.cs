using System.Collections.Immutable;
using System.Globalization;

namespace BankChurn.Core.Clients;

/// <summary>Caps the number of levels of every category column, grouping the rarest into one level that says how many it holds.</summary>
public static class CategoryGrouping
{
    /// <summary>
    /// <paramref name="table"/> with each category column holding at most <paramref name="maxLevels"/> levels: the
    /// <paramref name="maxLevels"/> − 1 most frequent are kept (ties by name), the rest become one level named by
    /// <paramref name="otherLabel"/> (given the count of grouped values). Linear in rows plus levels × log levels.
    /// </summary>
    public static ClientTable Cap(ClientTable table, int maxLevels, Func<int, string> otherLabel)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(otherLabel);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLevels, 2);
        if (table.CategoryColumns.Values.All(c => c.Levels.Length <= maxLevels))
            return table;
        var columns = table.CategoryColumns.ToBuilder();
        foreach (CategoryColumn column in table.CategoryColumns.Values)
            if (column.Levels.Length > maxLevels)
                columns[column.Name] = Capped(column, maxLevels, otherLabel);
        return new ClientTable(table.UserIds, table.NumericColumns, columns.ToImmutable(), table.Churned, table.SourceLines);
    }

    private static CategoryColumn Capped(CategoryColumn column, int maxLevels, Func<int, string> otherLabel)
    {
        var counts = new int[column.Levels.Length];
        foreach (int code in column.Codes)
            if (code >= 0) counts[code]++;
        int[] byFrequency = [.. Enumerable.Range(0, counts.Length)
            .OrderByDescending(level => counts[level])
            .ThenBy(level => column.Levels[level], StringComparer.Ordinal)];
        int kept = maxLevels - 1;
        int grouped = byFrequency.Length - kept;
        var renumber = new int[counts.Length];
        var levels = ImmutableArray.CreateBuilder<string>(maxLevels);
        // The kept levels stay in their original order (first appearance), the group comes last.
        var keep = new bool[counts.Length];
        foreach (int level in byFrequency.Take(kept))
            keep[level] = true;
        for (int level = 0; level < counts.Length; level++)
        {
            if (!keep[level]) continue;
            renumber[level] = levels.Count;
            levels.Add(column.Levels[level]);
        }
        string label = otherLabel(grouped);
        while (levels.Contains(label, StringComparer.Ordinal))
            label += "*"; // A data value that happens to read like the group's name keeps its own level.
        int other = levels.Count;
        levels.Add(label);
        for (int level = 0; level < counts.Length; level++)
            if (!keep[level]) renumber[level] = other;
        int[] codes = new int[column.Codes.Length];
        for (int row = 0; row < codes.Length; row++)
            codes[row] = column.Codes[row] < 0 ? column.Codes[row] : renumber[column.Codes[row]];
        return new CategoryColumn(column.Name, codes, levels.ToImmutable());
    }

    /// <summary>"Прочие (ещё 1 970)" / "Other (1,970 more)".</summary>
    public static string OtherLabel(int grouped, bool russian) =>
        russian
            ? string.Create(CultureInfo.GetCultureInfo("ru-RU"), $"Прочие (ещё {grouped:N0})")
            : string.Create(CultureInfo.InvariantCulture, $"Other ({grouped:N0} more)");
}
