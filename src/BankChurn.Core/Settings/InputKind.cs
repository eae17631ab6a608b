namespace BankChurn.Core.Settings;

/// <summary>Where the client table comes from (input.kind).</summary>
public enum InputKind
{
    /// <summary>A CSV extract at input.path.</summary>
    Csv,

    /// <summary>A table or SELECT in a PostgreSQL-compatible database, reached through input.connection_env.</summary>
    Postgres,
}
