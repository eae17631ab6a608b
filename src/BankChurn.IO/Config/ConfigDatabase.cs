using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Config;

/// <summary>
/// The database keys of the input section (kind, connection_env, table, query, pushdown_rows), checked once. The
/// config names the environment variable that holds the connection string and never the string itself, so a
/// password cannot end up in a file that is shared, committed or copied into results.json.
/// </summary>
internal static partial class ConfigDatabase
{
    public const string DefaultConnectionEnv = "BANKCHURN_PG";
    public const int DefaultPushdownRows = 5_000_000;

    private static readonly Dictionary<string, InputKind> Kinds = new() { ["csv"] = InputKind.Csv, ["postgres"] = InputKind.Postgres };

    public static InputKind Kind(InputDto dto, ConfigValueReader read) =>
        read.Choice(dto.Kind, "input.kind", InputKind.Csv, Kinds, "csv or postgres");

    /// <summary>The database source, or null for a CSV input (whose database keys, if any, are still checked for passwords).</summary>
    public static DatabaseInput? Check(InputDto dto, InputKind kind, ConfigValueReader read)
    {
        foreach ((string? value, string key) in new[] { (dto.ConnectionEnv, "connection_env"), (dto.Table, "table"), (dto.Query, "query") })
        {
            if (value is not null && PasswordSetting().IsMatch(value))
            {
                read.Bad($"input.{key}", "the value holds a password; the config must never hold one.",
                    $"Put the whole connection string, password included, in the environment variable named by input.connection_env (default {DefaultConnectionEnv}).");
                return null;
            }
        }
        if (kind != InputKind.Postgres)
            return null;

        string env = read.Text(dto.ConnectionEnv, "input.connection_env", DefaultConnectionEnv).Trim();
        if (!EnvironmentName().IsMatch(env))
        {
            string why = env.Contains('=', StringComparison.Ordinal)
                ? "this looks like a connection string, but the key takes the name of an environment variable that holds one."
                : $"'{env}' is not an environment variable name.";
            read.Bad("input.connection_env", why,
                $"Write a name such as {DefaultConnectionEnv} and set that variable to the connection string, e.g. export {DefaultConnectionEnv}=\"Host=warehouse;Database=bank;Username=report\".");
        }
        int pushdown = read.WholeNumber(dto.PushdownRows, "input.pushdown_rows", DefaultPushdownRows, 0, "5000000");
        bool hasTable = !string.IsNullOrWhiteSpace(dto.Table);
        bool hasQuery = !string.IsNullOrWhiteSpace(dto.Query);
        if (hasTable == hasQuery)
        {
            read.Bad(hasTable ? "input.query" : "input.kind",
                hasTable ? "both input.table and input.query are set." : "input.kind is postgres, but neither input.table nor input.query is set.",
                "Set exactly one: input.table (e.g. public.clients) or input.query (a SELECT).");
            return null;
        }
        if (hasTable)
        {
            ImmutableArray<string> table = TableName(dto.Table!);
            if (table.IsEmpty)
            {
                read.Bad("input.table", $"'{dto.Table}' is not a table name.",
                    "Write table or schema.table; quote a part that holds dots, quotes or capitals as in SQL: \"Sales\".\"Clients\".");
                return null;
            }
            return new DatabaseInput(env, table, null, pushdown);
        }
        string? query = Query(dto.Query!);
        if (query is null)
        {
            read.Bad("input.query", "the query is not a single SELECT.",
                "Write one statement that starts with SELECT (or WITH) and has no semicolon inside; the columns it returns are mapped like a table's.");
            return null;
        }
        return new DatabaseInput(env, [], query, pushdown);
    }

    /// <summary>
    /// The parts of <c>table</c> or <c>schema.table</c>, read as SQL reads them: an unquoted part is folded to lower
    /// case, a double-quoted part is kept as written (with <c>""</c> for a quote). Empty when the name is malformed,
    /// for instance an unquoted part holding a quote, a space or a semicolon.
    /// </summary>
    internal static ImmutableArray<string> TableName(string written)
    {
        var parts = ImmutableArray.CreateBuilder<string>();
        string text = written.Trim();
        int i = 0;
        while (true)
        {
            var part = new StringBuilder();
            if (i < text.Length && text[i] == '"')
            {
                for (i++; ; i++)
                {
                    if (i >= text.Length) return [];
                    if (text[i] != '"') { part.Append(text[i]); continue; }
                    if (i + 1 < text.Length && text[i + 1] == '"') { part.Append('"'); i++; continue; }
                    i++;
                    break;
                }
            }
            else
            {
                for (; i < text.Length && text[i] != '.'; i++)
                {
                    char c = text[i];
                    if (!(char.IsLetterOrDigit(c) || c is '_' or '$')) return [];
                    part.Append(c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c);
                }
            }
            if (part.Length == 0) return [];
            parts.Add(part.ToString());
            if (i == text.Length) break;
            if (text[i] != '.' || parts.Count == 2) return [];
            i++;
        }
        return parts.ToImmutable();
    }

    /// <summary>The query without a trailing semicolon, or null when it is not one SELECT (or WITH … SELECT) statement.</summary>
    internal static string? Query(string written)
    {
        string query = written.Trim().TrimEnd(';').TrimEnd();
        if (query.Contains(';', StringComparison.Ordinal)) return null;
        return SelectStart().IsMatch(query) ? query : null;
    }

    [GeneratedRegex(@"\bpassword\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordSetting();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentName();

    [GeneratedRegex(@"^(select|with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelectStart();
}
