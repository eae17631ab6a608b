namespace BankChurn.Core.Clients;

/// <summary>
/// One problem found in one row of the client table: the 1-based line in the file (header = line 1), the canonical
/// column, the offending cell as written (only that cell: rows are personal data) and what is wrong with it.
/// A row with several problems appears once per problem.
/// </summary>
/// <param name="Problem">A phrase that follows the value, such as "is not a number", or a whole statement when <paramref name="Value"/> is empty ("value is missing").</param>
/// <param name="SourceHeader">The column's header in the source file, when it differs from the canonical name or is known.</param>
public sealed record RejectedRow(int Line, string Column, string Value, string Problem, string? SourceHeader = null)
{
    /// <summary>The problem as one line of an error message: <c>line 5, column age ("AGE"): "abc" is not a number</c>.</summary>
    public string Describe() => Describe("line");

    /// <summary>The same, with <paramref name="position"/> naming what <see cref="Line"/> counts: "row 17" for a database source, whose rows have no lines.</summary>
    public string Describe(string position)
    {
        string column = SourceHeader is null ? Column : $"{Column} (\"{SourceHeader}\")";
        string what = Value.Length == 0 ? Problem : $"\"{Value}\" {Problem}";
        return $"{position} {Line}, column {column}: {what}";
    }
}
