using System.Collections.Immutable;
using BankChurn.Core;
using BankChurn.Core.Clients;

namespace BankChurn.IO.Csv;

/// <summary>
/// Finds each canonical column among the file's headers: under the header the config maps it to, else under its own
/// name; matching ignores case, surrounding whitespace and a stray byte order mark. Extra columns are ignored.
/// </summary>
internal static class ClientColumnBinding
{
    public static string Normalize(string header) => header.Trim().Trim('\uFEFF').Trim();

    /// <summary>The header the config expects for <paramref name="canonical"/>: its mapped name, or the canonical name.</summary>
    public static string SourceNameOf(string canonical, IReadOnlyDictionary<string, string> map) =>
        map.TryGetValue(canonical, out string? header) && !string.IsNullOrWhiteSpace(header) ? header : canonical;

    /// <summary>The index of the first header equal to <paramref name="name"/> ignoring case and whitespace, or -1.</summary>
    public static int FindHeader(IReadOnlyList<string> headers, string name)
    {
        string wanted = Normalize(name);
        for (int i = 0; i < headers.Count; i++)
            if (string.Equals(Normalize(headers[i]), wanted, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }

    /// <summary>
    /// The field index of a canonical column: its mapped header, else its canonical name (so a config written for the
    /// real file's <c>USERID</c> still reads a file that says <c>user_id</c>), or -1.
    /// </summary>
    public static int IndexOf(IReadOnlyList<string> headers, string canonical, IReadOnlyDictionary<string, string> map)
    {
        int index = FindHeader(headers, SourceNameOf(canonical, map));
        return index >= 0 ? index : FindHeader(headers, canonical);
    }

    /// <summary>The field indexes of the numeric canonical columns that the header has (for decimal mark detection).</summary>
    public static int[] NumericFieldIndexes(IReadOnlyList<string> headers, IReadOnlyDictionary<string, string> map) =>
    [
        .. ClientSchema.Columns.Where(c => c.IsNumeric)
            .Select(c => IndexOf(headers, c.Name, map))
            .Where(i => i >= 0),
    ];

    /// <summary>Binds every canonical column the header has; a missing required column is an error naming every one.</summary>
    public static ImmutableArray<BoundColumn> Bind(IReadOnlyList<string> headers, IReadOnlyDictionary<string, string> map, string path)
    {
        var bound = ImmutableArray.CreateBuilder<BoundColumn>();
        var missing = new List<string>();
        foreach (CanonicalColumn column in ClientSchema.Columns)
        {
            int index = IndexOf(headers, column.Name, map);
            if (index >= 0)
                bound.Add(new BoundColumn(column, index, Normalize(headers[index])));
            else if (column.Required)
                missing.Add(DescribeMissing(column.Name, headers, map));
        }
        if (missing.Count > 0)
        {
            string found = headers.Count == 0 ? "(none)" : string.Join(", ", headers.Select(h => $"\"{Normalize(h)}\""));
            string problem = missing.Count == 1
                ? "a required column is missing."
                : $"{missing.Count} required columns are missing.";
            throw new InputException(ProblemKind.Data, new SourceLocation(path, 1), problem,
                [.. missing, $"headers found: {found}"],
                "Rename the header in the file, or map the column to its header in the input section of report.config.yaml.");
        }
        return bound.ToImmutable();
    }

    private static string DescribeMissing(string canonical, IReadOnlyList<string> headers, IReadOnlyDictionary<string, string> map)
    {
        string source = SourceNameOf(canonical, map);
        string what = source == canonical
            ? $"column {canonical}: no header \"{canonical}\""
            : $"column {canonical}: no header \"{source}\" (mapped in the config) or \"{canonical}\"";
        string? nearest = Nearest(source, canonical, headers);
        return nearest is null ? what : $"{what}; did you mean \"{nearest}\"?";
    }

    /// <summary>The header closest to either expected name by edit distance, when it is close enough to be a likely typo.</summary>
    internal static string? Nearest(string source, string canonical, IReadOnlyList<string> headers)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string header in headers.Select(Normalize))
        {
            foreach (string wanted in (string[])[source, canonical])
            {
                int distance = EditDistance(Simplify(header), Simplify(wanted));
                int allowed = Math.Max(2, wanted.Length / 3);
                if (distance <= allowed && distance < bestDistance)
                {
                    best = header;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /// <summary>Lower case without separators, so that "Est Salary" and "est_salary" are neighbours.</summary>
    private static string Simplify(string name) =>
        new([.. name.ToLowerInvariant().Where(c => c is not ('_' or ' ' or '-' or '.'))]);

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
