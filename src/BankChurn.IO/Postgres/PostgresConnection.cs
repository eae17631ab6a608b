using System.Net.Sockets;
using BankChurn.Core;
using BankChurn.Core.Settings;
using Npgsql;

namespace BankChurn.IO.Postgres;

/// <summary>
/// Opens the connection named by input.connection_env and turns what the driver or the server says into messages that
/// name the environment variable, the source and the server's own words: never a stack trace, never the password.
/// </summary>
internal static class PostgresConnection
{
    /// <summary>An open connection to the database in the environment variable <see cref="DatabaseInput.ConnectionEnv"/>.</summary>
    /// <exception cref="InputException">The variable is unset or malformed, or the server cannot be reached or refuses the login (exit 2).</exception>
    public static NpgsqlConnection Open(DatabaseInput source)
    {
        var where = new SourceLocation($"{source.ConnectionEnv} (input.connection_env)");
        string? text = Environment.GetEnvironmentVariable(source.ConnectionEnv);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(ProblemKind.Usage, where, "the environment variable is not set, so there is no database to connect to.",
                $"Set it to an Npgsql connection string, e.g. export {source.ConnectionEnv}=\"Host=warehouse;Database=bank;Username=report\" (the password too, if the server needs one, or use ~/.pgpass).");
        }
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception problem) when (problem is ArgumentException or FormatException or InvalidCastException)
        {
            // The driver's message names the keyword, not the value, so it cannot leak a password.
            throw new InputException(ProblemKind.Usage, where, $"the variable does not hold a valid connection string: {problem.Message}",
                "Write it as Key=value pairs separated by semicolons, e.g. Host=warehouse;Database=bank;Username=report.");
        }
        // One connection for one run: no pool left behind, and the server's activity view says who is reading.
        settings.Pooling = false;
        settings.ApplicationName ??= "bankchurn";
        string server = $"host {settings.Host ?? "(default)"}, database {settings.Database ?? "(default)"}";
        var connection = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (Exception problem) when (problem is NpgsqlException or SocketException or TimeoutException or IOException)
        {
            connection.Dispose();
            throw new InputException(ProblemKind.Usage, where, $"cannot connect to the database ({server}): {Reason(problem)}",
                "Check the connection string in the variable, that the server is running and reachable from this machine, and that the user may log in.");
        }
        PreferStableOrder(connection);
        return connection;
    }

    /// <summary>
    /// Rows come in the order of one plain sequential scan: a parallel plan interleaves its workers' rows, and a
    /// synchronized scan starts wherever a concurrent scan of the table is, so either would change the order (and with
    /// it the seeded holdout split) from one run to the next. An engine that does not know a setting keeps its own.
    /// </summary>
    private static void PreferStableOrder(NpgsqlConnection connection)
    {
        foreach (string setting in (string[])["SET max_parallel_workers_per_gather = 0", "SET synchronize_seqscans = off"])
        {
            try
            {
                using var command = new NpgsqlCommand(setting, connection);
                command.ExecuteNonQuery();
            }
            catch (PostgresException)
            {
                // Not a PostgreSQL setting on this engine: nothing to turn off.
            }
        }
    }

    /// <summary>The server's message (with its SQLSTATE) or the driver's, down to the innermost cause that says something.</summary>
    public static string Reason(Exception problem)
    {
        if (problem is PostgresException server)
            return $"{server.MessageText} (SQLSTATE {server.SqlState})";
        Exception inner = problem;
        while (inner.InnerException is { } deeper)
            inner = deeper;
        return ReferenceEquals(inner, problem) ? problem.Message : $"{problem.Message} ({inner.Message})";
    }
}
