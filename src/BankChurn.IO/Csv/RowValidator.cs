using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BankChurn.Core;
using BankChurn.Core.Clients;
using CsvHelper;

namespace BankChurn.IO.Csv;

/// <summary>
/// Checks and stores the cells of one row: every cell of every bound column is looked at, so that one pass finds all
/// of a row's problems. Values go straight from the reader's bytes into the column arrays.
/// </summary>
internal sealed class RowValidator
{
    private const int MaxQuotedChars = 60;

    private readonly ImmutableArray<BoundColumn> _columns;
    private readonly int[] _slots;
    private readonly NumberCell _numbers;
    private readonly int _headerCount;

    public RowValidator(ImmutableArray<BoundColumn> columns, char decimalMark, int headerCount)
    {
        _columns = columns;
        _numbers = new NumberCell(decimalMark);
        _headerCount = headerCount;
        _slots = new int[columns.Length];
        var numeric = new List<string>();
        var categories = new List<string>();
        for (int i = 0; i < columns.Length; i++)
        {
            CanonicalColumn column = columns[i].Column;
            if (column.Kind == ColumnKind.Numeric) { _slots[i] = numeric.Count; numeric.Add(column.Name); }
            else if (column.Kind == ColumnKind.Category) { _slots[i] = categories.Count; categories.Add(column.Name); }
        }
        NumericNames = numeric;
        CategoryNames = categories;
    }

    public IReadOnlyList<string> NumericNames { get; }

    public IReadOnlyList<string> CategoryNames { get; }

    /// <summary>Stores the reader's current row at the builder's next position and logs each of its problems.</summary>
    public void Validate(CsvReader reader, int line, ClientColumnsBuilder builder, ProblemLog log, string path)
    {
        builder.SetLine(line);
        int fieldCount = reader.FieldCount;
        if (fieldCount < _headerCount && FirstAbsent(fieldCount) is { } absent)
        {
            // The fields that are there are probably shifted, so checking them would only add noise.
            log.Add(new RejectedRow(line, absent.Column.Name, "",
                $"short row: {fieldCount} fields, the header has {_headerCount}", absent.SourceHeader));
            return;
        }
        for (int i = 0; i < _columns.Length; i++)
        {
            BoundColumn bound = _columns[i];
            ReadOnlySpan<byte> cell = NumberCell.Trim(reader.GetSpan(bound.FieldIndex));
            string? problem = bound.Column.Kind switch
            {
                ColumnKind.Identifier => ReadId(cell, builder),
                ColumnKind.Target => ReadChurn(cell, builder),
                ColumnKind.Numeric => ReadNumber(cell, bound.Column, _slots[i], builder),
                _ => ReadCategory(cell, _slots[i], builder, line, bound, path),
            };
            if (problem is not null)
                log.Add(new RejectedRow(line, bound.Column.Name, Quote(cell), problem, bound.SourceHeader));
        }
    }

    private BoundColumn? FirstAbsent(int fieldCount)
    {
        BoundColumn? first = null;
        foreach (BoundColumn bound in _columns)
            if (bound.FieldIndex >= fieldCount && (first is null || bound.FieldIndex < first.Value.FieldIndex))
                first = bound;
        return first;
    }

    private string? ReadId(ReadOnlySpan<byte> cell, ClientColumnsBuilder builder)
    {
        if (NumberCell.IsMissing(cell)) return MissingRequired;
        if (long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long id))
        {
            builder.SetId(id);
            return null;
        }
        // Exports that passed through a float column write ids as "183012.0".
        if (!_numbers.TryParse(cell, out double value)) return "is not a number";
        if (ValueRules.CheckId(value) is { } problem) return problem;
        builder.SetId((long)value);
        return null;
    }

    private string? ReadChurn(ReadOnlySpan<byte> cell, ClientColumnsBuilder builder)
    {
        if (NumberCell.IsMissing(cell)) return MissingRequired;
        if (!_numbers.TryParse(cell, out double value)) return "is not a number";
        if (ValueRules.CheckChurn(value) is { } problem) return problem;
        builder.SetChurn(value == 1);
        return null;
    }

    private string? ReadNumber(ReadOnlySpan<byte> cell, CanonicalColumn column, int slot, ClientColumnsBuilder builder)
    {
        // A missing number stays missing (NaN, and a bit in the column's mask): never zero, never imputed.
        if (NumberCell.IsMissing(cell))
        {
            builder.SetNumeric(slot, double.NaN);
            return null;
        }
        if (!_numbers.TryParse(cell, out double value)) return "is not a number";
        builder.SetNumeric(slot, value);
        return ValueRules.Check(value, column);
    }

    private static string? ReadCategory(ReadOnlySpan<byte> cell, int slot, ClientColumnsBuilder builder, int line, BoundColumn bound, string path)
    {
        if (cell.IsEmpty) return MissingRequired;
        int code = builder.Levels[slot].CodeOf(cell);
        if (code < 0)
        {
            // A whole-file problem, not a row problem: the encoding was taken for UTF-8 from an all-ASCII start.
            throw new InputException(ProblemKind.Data, new SourceLocation(path, line, bound.Column.Name),
                "this text is not valid UTF-8, so the file is probably in another encoding.",
                "Set encoding: windows-1251 in the input section of report.config.yaml.");
        }
        builder.SetCode(slot, code);
        return null;
    }

    private const string MissingRequired = ValueRules.MissingRequired;

    /// <summary>The offending cell as text for a message, shortened: only this cell is ever quoted, never the row.</summary>
    private static string Quote(ReadOnlySpan<byte> cell)
    {
        string text = Encoding.UTF8.GetString(cell);
        return text.Length <= MaxQuotedChars ? text : string.Concat(text.AsSpan(0, MaxQuotedChars), "…");
    }
}
