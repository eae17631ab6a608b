using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>The comparison operators of the language.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>
/// <c>left op right</c> on numbers: one pass over the column(s). A row where either side is missing is not selected,
/// whatever the operator (so <c>age != 30</c> does not select missing ages either).
/// </summary>
internal sealed class ComparisonNode(INumberNode left, ComparisonOperator op, INumberNode right) : IConditionNode
{
    public string Sql(RuleSql sql)
    {
        string symbol = op switch
        {
            ComparisonOperator.Equal => " = ",
            ComparisonOperator.NotEqual => " <> ",
            ComparisonOperator.Less => " < ",
            ComparisonOperator.LessOrEqual => " <= ",
            ComparisonOperator.Greater => " > ",
            _ => " >= ",
        };
        return RuleSql.Definite(left.Sql(sql) + symbol + right.Sql(sql));
    }

    public RowSet Evaluate(ClientTable table)
    {
        // churn == 1 and the like: the flag is a bit set already, so the rows follow from the two values it can take
        // without spreading it into a column of numbers first.
        if (left is ColumnNode { Name: ClientSchema.Churn } && !table.NumericColumns.ContainsKey(ClientSchema.Churn) && right.Constant is { } constant)
        {
            RowSet churned = table.Churned;
            bool ones = Holds(1, constant), zeros = Holds(0, constant);
            return ones && zeros ? RowSet.All(table.RowCount) : ones ? churned.Copy() : zeros ? churned.Not() : RowSet.Empty(table.RowCount);
        }
        Numbers a = left.Evaluate(table);
        Numbers b = right.Evaluate(table);
        int rows = table.RowCount;
        return op switch
        {
            ComparisonOperator.Equal => Bits.Compare<EqualOperation>(a, b, rows),
            ComparisonOperator.NotEqual => Bits.Compare<NotEqualOperation>(a, b, rows),
            ComparisonOperator.Less => Bits.Compare<LessOperation>(a, b, rows),
            ComparisonOperator.LessOrEqual => Bits.Compare<LessOrEqualOperation>(a, b, rows),
            ComparisonOperator.Greater => Bits.Compare<GreaterOperation>(a, b, rows),
            _ => Bits.Compare<GreaterOrEqualOperation>(a, b, rows),
        };
    }

    private bool Holds(double value, double constant) => op switch
    {
        ComparisonOperator.Equal => EqualOperation.Test(value, constant),
        ComparisonOperator.NotEqual => NotEqualOperation.Test(value, constant),
        ComparisonOperator.Less => LessOperation.Test(value, constant),
        ComparisonOperator.LessOrEqual => LessOrEqualOperation.Test(value, constant),
        ComparisonOperator.Greater => GreaterOperation.Test(value, constant),
        _ => GreaterOrEqualOperation.Test(value, constant),
    };
}

/// <summary><c>value between low and high</c> with constant bounds, both inclusive, in a single pass.</summary>
internal sealed class BetweenNode(INumberNode value, double low, double high) : IConditionNode
{
    public string Sql(RuleSql sql)
    {
        string v = value.Sql(sql);
        return RuleSql.Definite(v + " BETWEEN " + sql.Parameter(low) + " AND " + sql.Parameter(high));
    }

    public RowSet Evaluate(ClientTable table)
    {
        Numbers v = value.Evaluate(table);
        double[] values = v.Values;
        int mask = v.Mask;
        int rows = table.RowCount;
        ulong[] words = Bits.NewWords(rows);
        for (int w = 0; w < words.Length; w++)
        {
            int start = w << 6;
            int end = Math.Min(start + 64, rows);
            ulong bits = 0;
            for (int i = start; i < end; i++)
            {
                double x = values[i & mask];
                // Non-short-circuit '&' keeps the loop free of branches.
                bits |= Bits.One((x >= low) & (x <= high)) << (i & 63);
            }
            words[w] = bits;
        }
        Bits.AndNotInto(words, v.Missing);
        return RowSet.FromWords(rows, words);
    }
}

/// <summary><c>value in [c1, c2, ...]</c> / <c>not in</c> with constant numbers. Missing values are in neither.</summary>
internal sealed class NumberInNode(INumberNode value, double[] items, bool negated) : IConditionNode
{
    public string Sql(RuleSql sql)
    {
        string v = value.Sql(sql);
        return RuleSql.Definite(v + (negated ? " NOT IN (" : " IN (") + RuleSql.List(items.Select(sql.Parameter)) + ")");
    }

    public RowSet Evaluate(ClientTable table)
    {
        Numbers v = value.Evaluate(table);
        double[] values = v.Values;
        int mask = v.Mask;
        int rows = table.RowCount;
        ulong[] words = Bits.NewWords(rows);
        for (int w = 0; w < words.Length; w++)
        {
            int start = w << 6;
            int end = Math.Min(start + 64, rows);
            ulong bits = 0;
            for (int i = start; i < end; i++)
            {
                double x = values[i & mask];
                bool hit = false;
                foreach (double item in items)
                    hit |= x == item;
                bits |= Bits.One(hit) << (i & 63);
            }
            words[w] = bits;
        }
        if (negated)
            Bits.Invert(words);
        Bits.AndNotInto(words, v.Missing);
        return RowSet.FromWords(rows, words);
    }
}

/// <summary>
/// <c>column in ['a', 'b']</c> / <c>not in</c> / <c>==</c> / <c>!=</c> on a category column, comparing integer codes.
/// A level that does not occur in the table matches no row; a missing cell matches neither form.
/// </summary>
internal sealed class CategoryInNode(string column, string[] levels, bool negated) : IConditionNode
{
    public string Sql(RuleSql sql)
    {
        string value = sql.ColumnOf(column);
        // A level grouped away by analysis.max_levels is not in the analysed table, so it matches nothing, as in Evaluate.
        string[] kept = [.. levels.Where(level => sql.Kept(column, level))];
        if (kept.Length == 0)
            return negated ? "(" + value + " IS NOT NULL)" : "false";
        return RuleSql.Definite(value + (negated ? " NOT IN (" : " IN (") + RuleSql.List(kept.Select(sql.Parameter)) + ")");
    }

    public RowSet Evaluate(ClientTable table)
    {
        CategoryColumn category = table.Category(column);
        // lookup[code + 1] is 1 when the row is selected; index 0 stands for the missing code -1 and stays 0.
        var lookup = new byte[category.Levels.Length + 1];
        foreach (string level in levels)
        {
            int code = category.CodeOf(level);
            if (code >= 0)
                lookup[code + 1] = 1;
        }
        if (negated)
        {
            for (int k = 1; k < lookup.Length; k++)
                lookup[k] ^= 1;
        }
        int[] codes = category.Codes;
        int rows = table.RowCount;
        ulong[] words = Bits.NewWords(rows);
        for (int w = 0; w < words.Length; w++)
        {
            int start = w << 6;
            int end = Math.Min(start + 64, rows);
            ulong bits = 0;
            for (int i = start; i < end; i++)
                bits |= (ulong)lookup[codes[i] + 1] << (i & 63);
            words[w] = bits;
        }
        return RowSet.FromWords(rows, words);
    }
}
