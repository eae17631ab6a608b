using System.Globalization;
using System.Text;

namespace BankChurn.Core.Rules;

/// <summary>
/// Compiles rules and formulas of the rule language into plain PostgreSQL for one statement: the push-down path counts
/// segments, exclusions and value sums in the database with the same meaning the column-wise evaluation gives. Column
/// names come from <see cref="Column"/> (quoted identifiers chosen by the caller), and every constant of the rule, number
/// or text, becomes a parameter ($1, $2, … in the order added), so no rule can change the statement's shape.
/// </summary>
/// <remarks>
/// The language is two-valued and SQL is three-valued, so every condition is written to be true or false, never NULL:
/// a comparison with a missing value is wrapped in COALESCE(…, false), and NOT, AND and OR then agree with the
/// language. A number that is missing is NULL; a division by zero gives NULL (NULLIF) instead of SQL's error, as it
/// gives a missing value in the language.
/// </remarks>
/// <param name="column">The SQL expression of a canonical column: a number (double precision) or, for a category, trimmed text; NULL when missing.</param>
public sealed class RuleSql(Func<string, string> column)
{
    private readonly List<object> _parameters = [];
    private string _quantileFrom = "";
    private Func<string, string, bool>? _levelKept;

    /// <summary>The parameters added so far, in order: <see cref="double"/> for numbers, <see cref="string"/> for levels.</summary>
    public IReadOnlyList<object> Parameters => _parameters;

    /// <summary>The condition as a boolean SQL expression that is never NULL.</summary>
    /// <param name="quantileFrom">What follows FROM in the subquery of quantile(…, p): the rows the rule is evaluated over, as a relation with the same column names.</param>
    /// <param name="levelKept">For a category column and a level, whether the level exists after grouping (a grouped level matches nothing); null: every level.</param>
    public string Condition(Rule rule, string quantileFrom, Func<string, string, bool>? levelKept = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        (_quantileFrom, _levelKept) = (quantileFrom, levelKept);
        return rule.ToSql(this);
    }

    /// <summary>The formula as a double precision SQL expression, NULL where the language's value is missing.</summary>
    /// <param name="quantileFrom">As for <see cref="Condition"/>.</param>
    public string Number(ValueExpression formula, string quantileFrom)
    {
        ArgumentNullException.ThrowIfNull(formula);
        (_quantileFrom, _levelKept) = (quantileFrom, null);
        return formula.ToSql(this);
    }

    /// <summary>Adds <paramref name="value"/> as the next parameter and returns its placeholder, cast so its type never depends on inference.</summary>
    public string Parameter(double value)
    {
        _parameters.Add(value);
        return string.Create(CultureInfo.InvariantCulture, $"${_parameters.Count}::float8");
    }

    /// <inheritdoc cref="Parameter(double)"/>
    public string Parameter(string value)
    {
        _parameters.Add(value);
        return string.Create(CultureInfo.InvariantCulture, $"${_parameters.Count}::text");
    }

    internal string ColumnOf(string name) => column(name);

    internal string QuantileFrom => _quantileFrom;

    internal bool Kept(string columnName, string level) => _levelKept?.Invoke(columnName, level) ?? true;

    /// <summary>A comparison or membership test that is false, not NULL, when a value is missing.</summary>
    internal static string Definite(string condition) => "COALESCE(" + condition + ", false)";

    internal static string List(IEnumerable<string> items)
    {
        var text = new StringBuilder();
        foreach (string item in items)
            text.Append(text.Length == 0 ? "" : ", ").Append(item);
        return text.ToString();
    }
}
