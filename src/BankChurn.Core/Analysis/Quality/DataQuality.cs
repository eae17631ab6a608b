using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.Quality;

/// <summary>Builds <see cref="DataQualityFindings"/> from the loaded rows and the cleaned table.</summary>
public static class DataQuality
{
    /// <summary>An association is reported when its Cramér's V reaches this (a small-to-moderate effect, Cohen 1988).</summary>
    public const double ReportedCramersV = 0.1;

    public static DataQualityFindings Assess(LoadedClients loaded, CleanedClients cleaned) =>
        Assess(loaded, cleaned, new ColumnIndex(cleaned.Table));

    /// <param name="index">The cleaned table's index, whose sorted columns give the quantile groupings.</param>
    public static DataQualityFindings Assess(LoadedClients loaded, CleanedClients cleaned, ColumnIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        ClientTable read = loaded.Table;
        ClientTable used = cleaned.Table;
        if (!ReferenceEquals(index.Table, used))
            throw new ArgumentException("The index must be over the cleaned table.", nameof(index));
        var missing = ImmutableArray.CreateBuilder<ColumnMissing>();
        int[] missingCounts = [.. ClientSchema.Columns.Select(c => MissingCount(read, c.Name))];
        Dictionary<(string Missing, string Other), LevelCounts> counts = CountByLevel(used, index,
            [.. ClientSchema.Columns.Where((c, i) => missingCounts[i] > 0 && used.NumericColumns.ContainsKey(c.Name)).Select(c => c.Name)]);
        for (int i = 0; i < ClientSchema.Columns.Length; i++)
        {
            CanonicalColumn column = ClientSchema.Columns[i];
            int count = missingCounts[i];
            double share = read.RowCount == 0 ? 0 : (double)count / read.RowCount;
            missing.Add(count == 0 || !used.NumericColumns.TryGetValue(column.Name, out NumericColumn? values)
                ? new ColumnMissing(column.Name, count, share, null, [])
                : new ColumnMissing(column.Name, count, share, ChurnByMissing(used, values.Missing), Associations(used, column.Name, counts)));
        }
        int rejected = loaded.RowsRejected;
        return new DataQualityFindings(
            loaded.RowsRead,
            rejected,
            cleaned.RowsExcluded,
            used.RowCount,
            loaded.Rejected,
            cleaned.Exclusions,
            cleaned.Duplicates,
            missing.ToImmutable(),
            loaded.Format);
    }

    private static int MissingCount(ClientTable table, string column) =>
        table.NumericColumns.TryGetValue(column, out NumericColumn? numeric) ? numeric.Missing.Count
        : table.CategoryColumns.TryGetValue(column, out CategoryColumn? category) ? category.Codes.Count(c => c == CategoryColumn.MissingCode)
        : 0;

    private static MissingChurn ChurnByMissing(ClientTable table, RowSet missing)
    {
        int missingClients = missing.Count;
        int missingChurned = missing.CountAnd(table.Churned);
        int presentClients = table.RowCount - missingClients;
        int presentChurned = table.Churned.Count - missingChurned;
        var observed = new long[,]
        {
            { missingChurned, missingClients - missingChurned },
            { presentChurned, presentClients - presentChurned },
        };
        return new MissingChurn(missingClients, missingChurned, presentClients, presentChurned, ChiSquare.Independence(observed));
    }

    /// <summary>The levels of another column and how many rows of each have the missing column missing, and present.</summary>
    private sealed record LevelCounts(ImmutableArray<GroupLevel> Levels, int[] InMissing, int[] InPresent);

    /// <summary>
    /// For each column with missing values and each other column its associations are tested against, the rows per
    /// level of the other column with the value missing and present. Each other column is grouped once, whatever the
    /// number of columns with missing values, and only the counts are kept.
    /// </summary>
    private static Dictionary<(string Missing, string Other), LevelCounts> CountByLevel(ClientTable table, ColumnIndex index, string[] withMissing)
    {
        var counts = new Dictionary<(string, string), LevelCounts>();
        if (withMissing.Length == 0)
            return counts;
        foreach (CanonicalColumn other in ClientSchema.Columns)
        {
            if (other.Kind is ColumnKind.Identifier or ColumnKind.Target || !table.HasColumn(other.Name))
                continue;
            ColumnGroups groups = index.Groups(other.Name);
            foreach (string column in withMissing)
            {
                if (column == other.Name)
                    continue;
                RowSet missing = table.Numeric(column).Missing;
                var inMissing = new int[groups.Levels.Length];
                var inPresent = new int[groups.Levels.Length];
                for (int row = 0; row < groups.Codes.Length; row++)
                {
                    int code = groups.Codes[row];
                    if (code < 0) continue;
                    if (missing.Contains(row)) inMissing[code]++;
                    else inPresent[code]++;
                }
                counts.Add((column, other.Name), new LevelCounts(groups.Levels, inMissing, inPresent));
            }
        }
        return counts;
    }

    private static ImmutableArray<MissingAssociation> Associations(ClientTable table, string column, Dictionary<(string Missing, string Other), LevelCounts> counts)
    {
        var found = new List<MissingAssociation>();
        foreach (CanonicalColumn other in ClientSchema.Columns)
        {
            if (other.Name == column || other.Kind is ColumnKind.Identifier or ColumnKind.Target || !table.HasColumn(other.Name))
                continue;
            (ImmutableArray<GroupLevel> levels, int[] inMissing, int[] inPresent) = counts[(column, other.Name)];
            var observed = new long[2, levels.Length];
            for (int l = 0; l < levels.Length; l++)
            {
                observed[0, l] = inMissing[l];
                observed[1, l] = inPresent[l];
            }
            ContingencyTest test = ChiSquare.Independence(observed);
            if (test.CramersV < ReportedCramersV)
                continue;
            found.Add(new MissingAssociation(other.Name, test, Concentration(levels, inMissing, inPresent)));
        }
        return [.. found.OrderByDescending(a => a.Test.CramersV).ThenBy(a => a.Column, StringComparer.Ordinal)];
    }

    /// <summary>The one or two levels that hold the most missing rows, enough to say "nearly all have equity 0–1".</summary>
    private static ImmutableArray<LevelShare> Concentration(ImmutableArray<GroupLevel> levels, int[] inMissing, int[] inPresent)
    {
        int totalMissing = inMissing.Sum();
        int totalPresent = inPresent.Sum();
        if (totalMissing == 0) return [];
        var ranked = Enumerable.Range(0, levels.Length).OrderByDescending(l => inMissing[l]).ThenBy(l => l).ToList();
        var picked = new List<int> { ranked[0] };
        if (ranked.Count > 1 && (double)inMissing[ranked[0]] / totalMissing < 0.9 && inMissing[ranked[1]] > 0)
            picked.Add(ranked[1]);
        return [.. picked.Order().Select(l => new LevelShare(
            levels[l],
            inMissing[l],
            (double)inMissing[l] / totalMissing,
            totalPresent == 0 ? 0 : (double)inPresent[l] / totalPresent))];
    }
}
