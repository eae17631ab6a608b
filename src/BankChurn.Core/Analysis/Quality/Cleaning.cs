using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Analysis.Quality;

/// <summary>Applies the config's exclusion rules and duplicate-id policy to the valid rows.</summary>
public static class Cleaning
{
    public static CleanedClients Apply(ClientTable table, CleaningSettings settings)
    {
        var excluded = new RowSet(table.RowCount);
        var counts = ImmutableArray.CreateBuilder<ExclusionCount>(settings.Exclude.Length);
        foreach (Exclusion exclusion in settings.Exclude)
        {
            RowSet matched = exclusion.Rule.Evaluate(table).AndNot(excluded);
            counts.Add(new ExclusionCount(exclusion.Rule.Text, exclusion.Reason, matched.Count));
            excluded = excluded.Or(matched);
        }

        (DuplicateIds duplicates, RowSet dropped) = Duplicates(table, settings.DuplicateUserIds, excluded);
        RowSet keep = excluded.Or(dropped).Not();
        ClientTable used = keep.Count == table.RowCount ? table : table.Filter(keep);
        return new CleanedClients(used, counts.MoveToImmutable(), excluded.Count, duplicates);
    }

    /// <summary>Finds repeated ids over all valid rows and marks what the policy drops among the rows not already excluded.</summary>
    private static (DuplicateIds, RowSet) Duplicates(ClientTable table, DuplicatePolicy policy, RowSet excluded)
    {
        long[] ids = table.UserIds;
        var firstRow = new Dictionary<long, int>(ids.Length);
        var repeats = new Dictionary<long, List<int>>();
        int duplicateRows = 0;
        for (int row = 0; row < ids.Length; row++)
        {
            if (firstRow.TryAdd(ids[row], row))
                continue;
            duplicateRows++;
            if (!repeats.TryGetValue(ids[row], out List<int>? rows))
                repeats.Add(ids[row], rows = [firstRow[ids[row]]]);
            rows.Add(row);
        }

        CategoryColumn? city = table.CategoryColumns.GetValueOrDefault(ClientSchema.City);
        int inDifferentCities = city is null
            ? 0
            : repeats.Values.Count(rows => rows.Select(r => city.Codes[r]).Distinct().Count() > 1);

        var dropped = new RowSet(table.RowCount);
        if (policy != DuplicatePolicy.Keep)
            foreach (List<int> rows in repeats.Values)
                foreach (int row in policy == DuplicatePolicy.KeepFirst ? rows.Skip(1) : rows)
                    if (!excluded.Contains(row))
                        dropped.Add(row);

        return (new DuplicateIds(duplicateRows, repeats.Count, inDifferentCities, policy, dropped.Count), dropped);
    }
}
