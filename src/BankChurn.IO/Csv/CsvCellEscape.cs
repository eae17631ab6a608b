namespace BankChurn.IO.Csv;

/// <summary>
/// The one way every CSV this product writes (rejected_rows.csv, scores, synthetic tables) turns a text value into a
/// field: RFC 4180 quoting, and a leading apostrophe on a value a spreadsheet would run as a formula (CSV injection).
/// </summary>
public static class CsvCellEscape
{
    /// <summary>
    /// True when a spreadsheet would read <paramref name="value"/> as a formula or strip its start: it begins with
    /// = + - @, a tab or a carriage return. A leading minus counts even before a digit: "-2+3+cmd|…" is a formula too.
    /// </summary>
    public static bool LooksLikeFormula(ReadOnlySpan<char> value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>One CSV field for a text value: defused if it looks like a formula, quoted if it holds a comma, quote or line break.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (LooksLikeFormula(value))
            value = "'" + value;
        return Quoted(value);
    }

    /// <summary>RFC 4180 quoting only, for values that are numbers the product formatted itself (a negative balance stays -5).</summary>
    public static string Quoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
