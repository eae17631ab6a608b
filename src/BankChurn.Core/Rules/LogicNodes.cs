using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary><c>a and b</c>: word-wise intersection.</summary>
internal sealed class AndNode(IConditionNode left, IConditionNode right) : IConditionNode
{
    public RowSet Evaluate(ClientTable table) => left.Evaluate(table).And(right.Evaluate(table));

    public string Sql(RuleSql sql) => "(" + left.Sql(sql) + " AND " + right.Sql(sql) + ")";
}

/// <summary><c>a or b</c>: word-wise union.</summary>
internal sealed class OrNode(IConditionNode left, IConditionNode right) : IConditionNode
{
    public RowSet Evaluate(ClientTable table) => left.Evaluate(table).Or(right.Evaluate(table));

    public string Sql(RuleSql sql) => "(" + left.Sql(sql) + " OR " + right.Sql(sql) + ")";
}

/// <summary>
/// <c>not a</c>: the complement over all rows. The language is two-valued: a comparison with a missing value is
/// simply false (not SQL's UNKNOWN), so its negation is true and <c>not (age &gt; 30)</c> does include the rows
/// whose age is missing. Write <c>age &lt;= 30</c> to leave them out.
/// </summary>
internal sealed class NotNode(IConditionNode operand) : IConditionNode
{
    public RowSet Evaluate(ClientTable table) => operand.Evaluate(table).Not();

    public string Sql(RuleSql sql) => "(NOT " + operand.Sql(sql) + ")";
}

/// <summary><c>x is missing</c> / <c>is not missing</c> for a numeric expression: its missing mask.</summary>
internal sealed class NumberMissingNode(INumberNode value, bool negated) : IConditionNode
{
    public string Sql(RuleSql sql) => "(" + value.Sql(sql) + (negated ? " IS NOT NULL)" : " IS NULL)");

    public RowSet Evaluate(ClientTable table)
    {
        RowSet missing = value.Evaluate(table).Missing ?? RowSet.Empty(table.RowCount);
        // Copy: the mask may be the table's own, and the caller owns the result.
        return negated ? missing.Not() : missing.Copy();
    }
}

/// <summary><c>column is missing</c> / <c>is not missing</c> for a category column: the rows whose code is -1.</summary>
internal sealed class CategoryMissingNode(string column, bool negated) : IConditionNode
{
    public string Sql(RuleSql sql) => "(" + sql.ColumnOf(column) + (negated ? " IS NOT NULL)" : " IS NULL)");

    public RowSet Evaluate(ClientTable table)
    {
        int[] codes = table.Category(column).Codes;
        int rows = table.RowCount;
        ulong[] words = Bits.NewWords(rows);
        for (int w = 0; w < words.Length; w++)
        {
            int start = w << 6;
            int end = Math.Min(start + 64, rows);
            ulong bits = 0;
            for (int i = start; i < end; i++)
                bits |= Bits.One(codes[i] == CategoryColumn.MissingCode) << (i & 63);
            words[w] = bits;
        }
        if (negated)
            Bits.Invert(words);
        return RowSet.FromWords(rows, words);
    }
}
