using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>A compiled numeric expression that evaluates over whole columns at once.</summary>
internal interface INumberNode
{
    /// <summary>The node's value when it does not depend on any row (a literal or folded constant), else null.</summary>
    double? Constant { get; }

    Numbers Evaluate(ClientTable table);

    /// <summary>The value in PostgreSQL: a double precision expression, NULL where the value is missing.</summary>
    string Sql(RuleSql sql);
}
