using System.Collections;
using System.Numerics;

namespace BankChurn.Core.Clients;

/// <summary>
/// A set of row indexes of a <see cref="ClientTable"/>, stored as a bitset so that segments, groups and masks
/// over ten million clients cost a bit per row and combine with word-wide AND/OR.
/// Treat an instance as immutable once it has been handed on; the mutators exist for the code that builds it.
/// </summary>
public sealed class RowSet : IEnumerable<int>
{
    private readonly ulong[] _words;

    public RowSet(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        _words = new ulong[(capacity + 63) >> 6];
    }

    private RowSet(int capacity, ulong[] words)
    {
        Capacity = capacity;
        _words = words;
    }

    /// <summary>The number of rows of the table this set ranges over (not the number of members).</summary>
    public int Capacity { get; }

    /// <summary>The number of rows in the set.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            foreach (ulong word in _words)
                count += BitOperations.PopCount(word);
            return count;
        }
    }

    public bool IsEmpty => Array.TrueForAll(_words, w => w == 0);

    public static RowSet All(int capacity)
    {
        var set = new RowSet(capacity);
        Array.Fill(set._words, ulong.MaxValue);
        set.ClearTail();
        return set;
    }

    public static RowSet Empty(int capacity) => new(capacity);

    /// <summary>
    /// A set built from raw words (bit <c>i &amp; 63</c> of word <c>i &gt;&gt; 6</c> is row <c>i</c>), for column-wise
    /// builders that compute 64 rows at a time. The set takes ownership of <paramref name="words"/>; bits past
    /// <paramref name="capacity"/> are cleared.
    /// </summary>
    public static RowSet FromWords(int capacity, ulong[] words)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfNotEqual(words.Length, (capacity + 63) >> 6);
        var set = new RowSet(capacity, words);
        set.ClearTail();
        return set;
    }

    /// <summary>The rows for which <paramref name="predicate"/> holds.</summary>
    public static RowSet Where(int capacity, Func<int, bool> predicate)
    {
        var set = new RowSet(capacity);
        for (int row = 0; row < capacity; row++)
            if (predicate(row))
                set.Add(row);
        return set;
    }

    public bool Contains(int row) => (_words[row >> 6] & (1UL << (row & 63))) != 0;

    public bool this[int row] => Contains(row);

    public void Add(int row) => _words[row >> 6] |= 1UL << (row & 63);

    public void Remove(int row) => _words[row >> 6] &= ~(1UL << (row & 63));

    public void Set(int row, bool value)
    {
        if (value) Add(row);
        else Remove(row);
    }

    public RowSet And(RowSet other) => Combine(other, static (a, b) => a & b);

    public RowSet Or(RowSet other) => Combine(other, static (a, b) => a | b);

    /// <summary>The rows in this set that are not in <paramref name="other"/>.</summary>
    public RowSet AndNot(RowSet other) => Combine(other, static (a, b) => a & ~b);

    public RowSet Not()
    {
        var words = new ulong[_words.Length];
        for (int i = 0; i < words.Length; i++)
            words[i] = ~_words[i];
        var result = new RowSet(Capacity, words);
        result.ClearTail();
        return result;
    }

    /// <summary>The number of rows in both sets, without building the intersection.</summary>
    public int CountAnd(RowSet other)
    {
        CheckSameCapacity(other);
        int count = 0;
        for (int i = 0; i < _words.Length; i++)
            count += BitOperations.PopCount(_words[i] & other._words[i]);
        return count;
    }

    /// <summary>The number of rows in all three sets, without building the intersection.</summary>
    public int CountAnd(RowSet second, RowSet third)
    {
        CheckSameCapacity(second);
        CheckSameCapacity(third);
        int count = 0;
        for (int i = 0; i < _words.Length; i++)
            count += BitOperations.PopCount(_words[i] & second._words[i] & third._words[i]);
        return count;
    }

    public RowSet Copy() => new(Capacity, (ulong[])_words.Clone());

    public IEnumerator<int> GetEnumerator()
    {
        for (int w = 0; w < _words.Length; w++)
        {
            ulong word = _words[w];
            while (word != 0)
            {
                int bit = BitOperations.TrailingZeroCount(word);
                yield return (w << 6) + bit;
                word &= word - 1;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Calls <paramref name="action"/> for every member in ascending order; faster than foreach over the enumerator.</summary>
    public void ForEach(Action<int> action)
    {
        for (int w = 0; w < _words.Length; w++)
        {
            ulong word = _words[w];
            while (word != 0)
            {
                int bit = BitOperations.TrailingZeroCount(word);
                action((w << 6) + bit);
                word &= word - 1;
            }
        }
    }

    /// <summary>The raw words, for hot loops that combine several sets.</summary>
    public ReadOnlySpan<ulong> Words => _words;

    /// <summary>
    /// The word array itself, not a copy, for Core code that keeps many sets in arrays (a span cannot be stored):
    /// the segment search holds a few hundred conditions at once and a copy of each would cost 125 KB per million rows.
    /// Never written through.
    /// </summary>
    internal ulong[] SharedWords => _words;

    private RowSet Combine(RowSet other, Func<ulong, ulong, ulong> op)
    {
        CheckSameCapacity(other);
        var words = new ulong[_words.Length];
        for (int i = 0; i < words.Length; i++)
            words[i] = op(_words[i], other._words[i]);
        return new RowSet(Capacity, words);
    }

    private void CheckSameCapacity(RowSet other)
    {
        if (other.Capacity != Capacity)
            throw new ArgumentException($"Row sets over different tables: {Capacity} and {other.Capacity} rows.", nameof(other));
    }

    private void ClearTail()
    {
        int tail = Capacity & 63;
        if (tail != 0)
            _words[^1] &= (1UL << tail) - 1;
    }
}
