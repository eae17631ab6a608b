using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>A compiled condition that evaluates over whole columns into a <see cref="RowSet"/>.</summary>
internal interface IConditionNode
{
    RowSet Evaluate(ClientTable table);
}
