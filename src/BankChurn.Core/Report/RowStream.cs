namespace BankChurn.Core.Report;

/// <summary>
/// The rows of a table too long to hold as cells (a client list has one row per client per segment): produced on demand,
/// one row at a time, from the columns they come from. Writers stream them to the file and never keep more than one row.
/// </summary>
/// <remarks>
/// Each enumeration yields the same buffer again and again, refilled for every row, so that a million rows cost no
/// million arrays: read a row before moving on, and copy it to keep it. The enumeration can be repeated (a writer may
/// read a first few rows to size its columns, then all of them).
/// </remarks>
public sealed class RowStream
{
    private readonly Func<IEnumerable<Cell[]>> _rows;

    /// <param name="count">How many rows every enumeration yields; writers plan sheet splits and ranges with it.</param>
    /// <param name="rows">Starts a new enumeration of the rows; each yielded array has one cell per column of the table.</param>
    public RowStream(long count, Func<IEnumerable<Cell[]>> rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(rows);
        Count = count;
        _rows = rows;
    }

    public long Count { get; }

    /// <summary>A fresh pass over the rows; the yielded array is reused (see the remarks on the type).</summary>
    public IEnumerable<Cell[]> Rows() => _rows();
}
