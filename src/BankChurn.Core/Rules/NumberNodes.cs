using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>A numeric literal, or a constant folded from literals at parse time.</summary>
internal sealed class ConstantNode(double value) : INumberNode
{
    public double? Constant => value;

    public Numbers Evaluate(ClientTable table) => Numbers.Constant(value);

    public string Sql(RuleSql sql) => sql.Parameter(value);
}

/// <summary>A numeric column of the table, read in place; user_id and churn are turned into numbers on demand.</summary>
internal sealed class ColumnNode(string name) : INumberNode
{
    public string Name => name;

    public double? Constant => null;

    public string Sql(RuleSql sql) => sql.ColumnOf(name);

    public Numbers Evaluate(ClientTable table)
    {
        int rows = table.RowCount;
        if (name == ClientSchema.UserId)
        {
            var ids = new double[rows];
            for (int i = 0; i < rows; i++)
                ids[i] = table.UserIds[i];
            return Numbers.Column(ids, null);
        }
        if (name == ClientSchema.Churn && !table.NumericColumns.ContainsKey(name))
        {
            // The churn flag lives as a bitset on the table; expand it to 0/1 for arithmetic and comparisons.
            var flags = new double[rows];
            ReadOnlySpan<ulong> words = table.Churned.Words;
            for (int i = 0; i < rows; i++)
                flags[i] = (words[i >> 6] >> (i & 63)) & 1UL;
            return Numbers.Column(flags, null);
        }
        NumericColumn column = table.Numeric(name);
        return Numbers.Column(column.Values, column.Missing);
    }
}

/// <summary>
/// <c>left op right</c> over whole columns. A row is missing when either operand is missing or the result is not
/// finite (division by zero, overflow), so NaN and Infinity never leave the rule language.
/// </summary>
internal sealed class ArithmeticNode<TOperation>(INumberNode left, INumberNode right) : INumberNode
    where TOperation : struct, IArithmeticOperation
{
    public double? Constant => null;

    // abs ignores its right operand: it must not add a parameter the statement does not use.
    public string Sql(RuleSql sql) => typeof(TOperation) == typeof(AbsOperation)
        ? TOperation.Sql(left.Sql(sql), "")
        : TOperation.Sql(left.Sql(sql), right.Sql(sql));

    public Numbers Evaluate(ClientTable table)
    {
        Numbers a = left.Evaluate(table);
        Numbers b = right.Evaluate(table);
        int rows = table.RowCount;
        double[] av = a.Values, bv = b.Values;
        int am = a.Mask, bm = b.Mask;
        var result = new double[rows];
        ulong[] missing = Bits.Union(rows, a.Missing, b.Missing);
        for (int w = 0; w < missing.Length; w++)
        {
            int start = w << 6;
            int end = Math.Min(start + 64, rows);
            ulong bad = 0;
            for (int i = start; i < end; i++)
            {
                double r = TOperation.Apply(av[i & am], bv[i & bm]);
                result[i] = r;
                bad |= Bits.One(!double.IsFinite(r)) << (i & 63);
            }
            missing[w] |= bad;
        }
        Bits.WriteNaN(result, missing);
        return Numbers.Column(result, RowSet.FromWords(rows, missing));
    }

    /// <summary>Folds two constants now, unless the result is not finite (1 / 0): that stays a node and evaluates to missing.</summary>
    public static INumberNode Create(INumberNode left, INumberNode right)
    {
        if (left.Constant is { } a && right.Constant is { } b && double.IsFinite(TOperation.Apply(a, b)))
            return new ConstantNode(TOperation.Apply(a, b));
        return new ArithmeticNode<TOperation>(left, right);
    }
}

/// <summary>coalesce(a, b, ...): per row, the first argument that is not missing; missing only if all are.</summary>
internal sealed class CoalesceNode(IReadOnlyList<INumberNode> arguments) : INumberNode
{
    public double? Constant => arguments[0].Constant;

    public string Sql(RuleSql sql) => "COALESCE(" + RuleSql.List(arguments.Select(a => a.Sql(sql))) + ")";

    public Numbers Evaluate(ClientTable table)
    {
        int rows = table.RowCount;
        Numbers first = arguments[0].Evaluate(table);
        if (first.IsConstant || first.Missing is null || first.Missing.IsEmpty)
            return first;
        var values = (double[])first.Values.Clone();
        ulong[] missing = Bits.Union(rows, first.Missing, null);
        for (int k = 1; k < arguments.Count; k++)
        {
            Numbers next = arguments[k].Evaluate(table);
            double[] nv = next.Values;
            int nm = next.Mask;
            ReadOnlySpan<ulong> nextMissing = next.Missing is null ? default : next.Missing.Words;
            bool anyLeft = false;
            // Visit only the rows still missing, and fill those the next argument has.
            for (int w = 0; w < missing.Length; w++)
            {
                ulong fill = nextMissing.IsEmpty ? missing[w] : missing[w] & ~nextMissing[w];
                ulong word = fill;
                while (word != 0)
                {
                    int i = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                    values[i] = nv[i & nm];
                    word &= word - 1;
                }
                missing[w] &= ~fill;
                anyLeft |= missing[w] != 0;
            }
            if (!anyLeft)
                break;
        }
        return Numbers.Column(values, RowSet.FromWords(rows, missing));
    }
}

/// <summary>
/// <c>quantile(x, p)</c>: one number for the whole table, the p-quantile (linear interpolation, numpy's default) of the
/// non-missing values of x, so that a rule can say "the top balance quartile" without a threshold that goes stale
/// every month. An all-missing x gives a missing value, and every comparison with it is false.
/// </summary>
internal sealed class QuantileNode(INumberNode argument, double probability) : INumberNode
{
    public double? Constant => null;

    /// <summary>percentile_cont interpolates linearly between order statistics, as numpy's default does, and skips NULLs (missing values).</summary>
    public string Sql(RuleSql sql)
    {
        string p = sql.Parameter(probability);
        return "(SELECT percentile_cont(" + p + ") WITHIN GROUP (ORDER BY " + argument.Sql(sql) + ") FROM " + sql.QuantileFrom + ")";
    }

    public Numbers Evaluate(ClientTable table)
    {
        Numbers values = argument.Evaluate(table);
        if (values.IsConstant)
            return values;
        var present = new double[table.RowCount - (values.Missing?.Count ?? 0)];
        for (int row = 0, at = 0; row < table.RowCount; row++)
            if (values.Missing is null || !values.Missing.Contains(row))
                present[at++] = values.Values[row];
        if (present.Length == 0)
            return Numbers.Column(Filled(table.RowCount, double.NaN), RowSet.All(table.RowCount));
        return Numbers.Constant(Analysis.Quantiles.LinearOfUnsorted(present, probability));
    }

    private static double[] Filled(int rows, double value)
    {
        var result = new double[rows];
        Array.Fill(result, value);
        return result;
    }
}
