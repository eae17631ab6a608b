using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.IO.Csv;

/// <summary>
/// The growing column arrays of the table being read. A row is written at <see cref="Count"/> and only kept by
/// <see cref="Commit"/>, so an invalid row is dropped by simply not committing it: nothing is allocated per row.
/// </summary>
internal sealed class ClientColumnsBuilder
{
    private readonly string[] _numericNames;
    private readonly string[] _categoryNames;
    private long[] _ids;
    private double[][] _numeric;
    private int[][] _codes;
    private bool[] _churn;
    private int[] _lines;

    /// <param name="maxTextLength">The longest category value kept whole (<c>input.max_text_length</c>).</param>
    public ClientColumnsBuilder(IReadOnlyList<string> numericNames, IReadOnlyList<string> categoryNames, int capacity, int maxTextLength)
    {
        capacity = Math.Max(capacity, 16);
        _numericNames = [.. numericNames];
        _categoryNames = [.. categoryNames];
        _ids = new long[capacity];
        _numeric = [.. _numericNames.Select(_ => new double[capacity])];
        _codes = [.. _categoryNames.Select(_ => new int[capacity])];
        _churn = new bool[capacity];
        _lines = new int[capacity];
        Levels = [.. _categoryNames.Select(_ => new CategoryLevels(maxTextLength))];
    }

    public int Count { get; private set; }

    public CategoryLevels[] Levels { get; }

    /// <summary>Makes room for the row at <see cref="Count"/>, doubling the arrays when they are full.</summary>
    public void EnsureRoom()
    {
        if (Count < _ids.Length) return;
        int capacity = (int)Math.Min(Array.MaxLength, 2L * _ids.Length);
        Resize(capacity);
    }

    public void SetId(long id) => _ids[Count] = id;

    public void SetNumeric(int slot, double value) => _numeric[slot][Count] = value;

    public void SetCode(int slot, int code) => _codes[slot][Count] = code;

    public void SetChurn(bool churned) => _churn[Count] = churned;

    public void SetLine(int line) => _lines[Count] = line;

    public void Commit() => Count++;

    /// <summary>The table of the committed rows; the arrays are trimmed to size (a missing number is NaN in the mask).</summary>
    public ClientTable Build()
    {
        Resize(Count);
        int rows = Count;
        var numeric = ImmutableDictionary.CreateBuilder<string, NumericColumn>(StringComparer.Ordinal);
        for (int slot = 0; slot < _numericNames.Length; slot++)
        {
            double[] values = _numeric[slot];
            var missing = new RowSet(rows);
            for (int row = 0; row < rows; row++)
                if (double.IsNaN(values[row])) missing.Add(row);
            numeric.Add(_numericNames[slot], new NumericColumn(_numericNames[slot], values, missing));
        }
        var categories = ImmutableDictionary.CreateBuilder<string, CategoryColumn>(StringComparer.Ordinal);
        for (int slot = 0; slot < _categoryNames.Length; slot++)
        {
            ImmutableArray<string> levels = Levels[slot].Compact(_codes[slot]);
            categories.Add(_categoryNames[slot], new CategoryColumn(_categoryNames[slot], _codes[slot], levels));
        }
        var churned = new RowSet(rows);
        for (int row = 0; row < rows; row++)
            if (_churn[row]) churned.Add(row);
        return new ClientTable(_ids, numeric.ToImmutable(), categories.ToImmutable(), churned, _lines);
    }

    private void Resize(int capacity)
    {
        if (capacity == _ids.Length) return;
        Array.Resize(ref _ids, capacity);
        for (int i = 0; i < _numeric.Length; i++) Array.Resize(ref _numeric[i], capacity);
        for (int i = 0; i < _codes.Length; i++) Array.Resize(ref _codes[i], capacity);
        Array.Resize(ref _churn, capacity);
        Array.Resize(ref _lines, capacity);
    }
}
