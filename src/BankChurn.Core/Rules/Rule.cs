using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>
/// A checked boolean rule over canonical columns ("gender == 'Ж' and age between 35 and 50"),
/// evaluated column-wise into a <see cref="RowSet"/>.
/// </summary>
/// <remarks>
/// Missing values: the language is two-valued. A comparison, <c>between</c> or <c>in</c> that involves a missing value
/// is false (unlike SQL there is no UNKNOWN), so <c>not (age &gt; 30)</c> selects the rows with a missing age too;
/// <c>age is missing</c> selects exactly those rows. Parsing compiles the rule into nodes that each evaluate over
/// whole columns, so evaluation never walks a tree per row.
/// </remarks>
public sealed class Rule
{
    private readonly IConditionNode _root;

    private Rule(string text, string owner, IConditionNode root, IReadOnlyList<string> columns)
    {
        Text = text;
        Owner = owner;
        _root = root;
        Columns = columns;
    }

    /// <summary>The rule as the user wrote it.</summary>
    public string Text { get; }

    /// <summary>Who the rule belongs to, for messages ("segment 'Женщины 35–50'").</summary>
    public string Owner { get; }

    /// <summary>The canonical columns the rule reads, in order of first mention.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Parses and checks <paramref name="text"/>; a mistake is an <see cref="InputException"/> naming the owner, the position and what was expected.</summary>
    public static Rule Parse(string text, string owner, SourceLocation location)
    {
        (IConditionNode root, IReadOnlyList<string> columns) = RuleParser.ParseCondition(text, owner, location);
        return new Rule(text, owner, root, columns);
    }

    /// <summary>The deepest a rule or formula may nest (parentheses, not, minus, calls, chained terms).</summary>
    public const int MaxDepth = RuleParser.MaxDepth;

    /// <summary>True when <paramref name="text"/> nests deeper than <see cref="MaxDepth"/> (a rule arriving from a file, checked before it is used).</summary>
    public static bool IsTooDeep(string text) => RuleParser.IsTooDeep(text, "rule");

    /// <summary>The rows of <paramref name="table"/> for which the rule holds. A comparison with a missing value is false.</summary>
    public RowSet Evaluate(ClientTable table) => _root.Evaluate(table);

    internal string ToSql(RuleSql sql) => _root.Sql(sql);

    public override string ToString() => Text;
}
