using BankChurn.Core.Settings;

namespace BankChurn.IO.Postgres;

/// <summary>
/// The SQL text BankChurn sends. Names from the config and from the database are always double-quoted identifiers
/// (a quote inside is doubled), so no name can end the identifier and start a statement; values travel as parameters
/// or in the binary COPY stream, never inside SQL text.
/// </summary>
internal static class PostgresSql
{
    /// <summary>A name as a quoted SQL identifier: <c>a"b</c> becomes <c>"a""b"</c>.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>What follows FROM: the quoted, possibly schema-qualified table, or the query as a derived table.</summary>
    public static string From(DatabaseInput source) =>
        source.Query is { } query
            ? "(" + query + ") AS bankchurn_source"
            : string.Join('.', source.Table.Select(Identifier));

    /// <summary>A statement that only describes the source's columns (run with <c>SchemaOnly</c>, it reads no rows).</summary>
    public static string Columns(DatabaseInput source) => "SELECT * FROM " + From(source);

    /// <summary>
    /// Counts rows, stopping at the limit given as parameter $1: deciding whether a table is over input.pushdown_rows
    /// does not need the exact size of a table of a hundred million rows.
    /// </summary>
    public static string CountUpTo(DatabaseInput source) =>
        "SELECT count(*) FROM (SELECT 1 FROM " + From(source) + " LIMIT $1) AS bankchurn_rows";

    /// <summary>The binary COPY of the bound columns, each cast to its wire type.</summary>
    public static string Copy(DatabaseInput source, IEnumerable<DatabaseColumn> columns) =>
        "COPY (SELECT " + string.Join(", ", columns.Select(c => c.Expression)) + " FROM " + From(source) + ") TO STDOUT (FORMAT BINARY)";
}
