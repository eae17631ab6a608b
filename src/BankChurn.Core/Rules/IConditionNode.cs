using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>A compiled condition that evaluates over whole columns into a <see cref="RowSet"/>.</summary>
internal interface IConditionNode
{
    RowSet Evaluate(ClientTable table);

    /// <summary>The condition in PostgreSQL: a boolean expression that is never NULL (see <see cref="RuleSql"/>).</summary>
    string Sql(RuleSql sql);
}
