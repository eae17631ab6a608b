using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>
/// A checked numeric formula over canonical columns ("coalesce(balance, 0) * 0.03 + products * 1200"), such as the
/// client-value metric, evaluated column-wise into a <see cref="NumericColumn"/>.
/// </summary>
/// <remarks>
/// A row's result is missing when any operand it needs is missing (unless wrapped in <c>coalesce</c>) or when it is
/// not finite (division by zero), so the result never holds NaN or Infinity as a value.
/// </remarks>
public sealed class ValueExpression
{
    private readonly INumberNode _root;

    private ValueExpression(string text, string owner, INumberNode root, IReadOnlyList<string> columns)
    {
        Text = text;
        Owner = owner;
        _root = root;
        Columns = columns;
    }

    /// <summary>The formula as the user wrote it.</summary>
    public string Text { get; }

    /// <summary>Who the formula belongs to, for messages ("client value formula").</summary>
    public string Owner { get; }

    /// <summary>The canonical columns the formula reads, in order of first mention.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The column the formula is when it is nothing but a column name (<c>est_salary</c>), else null.</summary>
    public string? Column => _root is ColumnNode column ? column.Name : null;

    /// <summary>Parses and checks <paramref name="text"/>; a mistake is an <see cref="InputException"/> naming the owner, the position and what was expected.</summary>
    public static ValueExpression Parse(string text, string owner, SourceLocation location)
    {
        (INumberNode root, IReadOnlyList<string> columns) = RuleParser.ParseNumber(text, owner, location);
        return new ValueExpression(text, owner, root, columns);
    }

    /// <summary>The formula's value for every row of <paramref name="table"/>; missing rows hold NaN and are in <see cref="NumericColumn.Missing"/>.</summary>
    public NumericColumn Evaluate(ClientTable table) => _root.Evaluate(table).ToColumn(Text, table.RowCount);

    internal string ToSql(RuleSql sql) => _root.Sql(sql);

    public override string ToString() => Text;
}
