using System.Collections.Immutable;

namespace BankChurn.Core.Settings;

/// <summary>
/// The database source of the client table: the environment variable that holds the connection string (the config
/// itself never holds a password), and either a table or a SELECT, never both.
/// </summary>
/// <param name="ConnectionEnv">The environment variable holding the Npgsql connection string, e.g. BANKCHURN_PG.</param>
/// <param name="Table">The table's name parts, schema first when qualified (["public", "clients"]); empty when <paramref name="Query"/> is set.</param>
/// <param name="Query">A SELECT supplying the rows, or null when <paramref name="Table"/> is set.</param>
/// <param name="PushdownRows">Above this many rows the counting belongs in the database instead of in memory.</param>
public sealed record DatabaseInput(string ConnectionEnv, ImmutableArray<string> Table, string? Query, int PushdownRows)
{
    /// <summary>"table public.clients" or "query": how messages and outputs name the source, never with credentials.</summary>
    public string Describe() => Query is null ? "table " + string.Join('.', Table) : "query (input.query)";
}
