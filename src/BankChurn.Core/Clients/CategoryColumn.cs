using System.Collections.Immutable;

namespace BankChurn.Core.Clients;

/// <summary>A dictionary-encoded text column: one code per row indexing <see cref="Levels"/>, or -1 when the cell is missing.</summary>
public sealed class CategoryColumn
{
    public const int MissingCode = -1;

    public CategoryColumn(string name, int[] codes, ImmutableArray<string> levels)
    {
        Name = name;
        Codes = codes;
        Levels = levels;
    }

    public string Name { get; }

    public int[] Codes { get; }

    /// <summary>The distinct values, in order of first appearance unless the builder sorted them.</summary>
    public ImmutableArray<string> Levels { get; }

    public int Length => Codes.Length;

    public bool IsMissing(int row) => Codes[row] == MissingCode;

    public string? ValueAt(int row) => Codes[row] == MissingCode ? null : Levels[Codes[row]];

    /// <summary>The code of <paramref name="level"/>, or -1 when no row has it.</summary>
    public int CodeOf(string level) => Levels.IndexOf(level, StringComparer.Ordinal);

    /// <summary>A column built from plain strings (null for missing), for tests and small tables.</summary>
    public static CategoryColumn From(string name, IReadOnlyList<string?> values)
    {
        var levels = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new int[values.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            string? value = values[i];
            if (value is null)
            {
                codes[i] = MissingCode;
                continue;
            }
            if (!index.TryGetValue(value, out int code))
            {
                code = levels.Count;
                index.Add(value, code);
                levels.Add(value);
            }
            codes[i] = code;
        }
        return new CategoryColumn(name, codes, [.. levels]);
    }
}
