using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;

namespace BankChurn.IO.Csv;

/// <summary>
/// Dictionary-encodes one text column while the file is read: each distinct value becomes a string once, and every
/// row gets only an int code, looked up from the cell's bytes without allocating.
/// </summary>
internal sealed class CategoryLevels
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _levels = [];
    private readonly int _maxLength;

    /// <param name="maxLength">The longest value kept whole (<c>input.max_text_length</c>); a longer one ends in "…" at this length.</param>
    public CategoryLevels(int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        _maxLength = maxLength;
        _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _levels.Count;

    /// <summary>The code of a trimmed, non-empty UTF-8 cell; -1 when the bytes are not valid UTF-8.</summary>
    public int CodeOf(ReadOnlySpan<byte> utf8)
    {
        char[]? rented = null;
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            int length = Encoding.UTF8.GetChars(utf8, chars);
            ReadOnlySpan<char> text = chars[..length];
            if (text.Length > _maxLength)
            {
                // A value this long is not a city or a gender but a broken export or free text: it is cut with a mark
                // so that every slide, sheet and chart label stays bounded (two values alike in their first
                // characters become one level).
                if (!Utf8.IsValid(utf8)) return -1;
                chars[_maxLength - 1] = '…';
                text = chars[.._maxLength];
            }
            if (_lookup.TryGetValue(text, out int code)) return code;
            // Only a new level is checked: a file taken for UTF-8 that is not would show replacement characters here.
            if (!Utf8.IsValid(utf8)) return -1;
            code = _levels.Count;
            string level = text.ToString();
            _levels.Add(level);
            _codes.Add(level, code);
            return code;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The code of a trimmed, non-empty text (from a source that already decoded it, such as a database).</summary>
    public int CodeOf(string text)
    {
        // A database value is bounded as a file's is: cut with a mark, so that both sources give the same report.
        if (text.Length > _maxLength)
            text = string.Concat(text.AsSpan(0, _maxLength - 1), "…");
        if (_codes.TryGetValue(text, out int code)) return code;
        code = _levels.Count;
        _levels.Add(text);
        _codes.Add(text, code);
        return code;
    }

    /// <summary>
    /// The levels that some kept row uses, in order of first appearance, with <paramref name="codes"/> renumbered to
    /// match: a value seen only in rejected rows must not show up as an empty group in the report.
    /// </summary>
    public ImmutableArray<string> Compact(int[] codes)
    {
        var used = new bool[_levels.Count];
        foreach (int code in codes)
            if (code >= 0) used[code] = true;
        if (Array.TrueForAll(used, u => u)) return [.. _levels];
        var renumber = new int[_levels.Count];
        var kept = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < _levels.Count; i++)
        {
            renumber[i] = used[i] ? kept.Count : -1;
            if (used[i]) kept.Add(_levels[i]);
        }
        for (int row = 0; row < codes.Length; row++)
            if (codes[row] >= 0) codes[row] = renumber[codes[row]];
        return kept.ToImmutable();
    }
}
