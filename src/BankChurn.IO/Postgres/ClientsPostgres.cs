using System.Collections.Immutable;
using System.Data;
using System.Globalization;
using BankChurn.Core;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using BankChurn.IO.Csv;
using Npgsql;
using Npgsql.Schema;
using NpgsqlTypes;

namespace BankChurn.IO.Postgres;

/// <summary>
/// Loads the month's client table from a PostgreSQL-compatible database (input.kind: postgres) into the same columns
/// the CSV reader fills, with the same checks and the same messages. The columns are looked up and their types checked
/// first; the rows then arrive through one binary COPY, straight into the column arrays. A row's number in messages,
/// rejected_rows.csv and results.json is its ordinal in that stream (1 = the first row), since a table has no lines.
/// </summary>
public static class ClientsPostgres
{
    /// <summary>How the data quality block describes the read (it has no encoding, separator or decimal mark to detect).</summary>
    public static DetectedFormat Format { get; } = new("PostgreSQL binary COPY", ',', '.');

    /// <summary>The SHA-256 of the SQL that names the source (the quoted table, or the query): what results.json can record in place of a file's hash.</summary>
    public static string SourceSha256(DatabaseInput source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(PostgresSql.From(source))));
    }

    /// <summary>Reads and validates every row of the configured table or query.</summary>
    /// <exception cref="InputException">The connection fails, the source or a column is missing or of a wrong type, the source is over input.pushdown_rows, or rows are invalid under <see cref="InvalidRowPolicy.Fail"/>.</exception>
    public static LoadedClients Read(InputSettings settings) => Read(settings, null);

    /// <summary>
    /// Reads every row, or, when the source has more than input.pushdown_rows rows and <paramref name="run"/> is given,
    /// counts it in the database and reads a seeded sample of model.sample_rows rows (<see cref="LoadedClients.Warehouse"/>).
    /// </summary>
    public static LoadedClients Read(InputSettings settings, ReportSettings? run)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DatabaseInput source = settings.Database ?? throw new ArgumentException("The input is not a database.", nameof(settings));
        using NpgsqlConnection connection = PostgresConnection.Open(source);
        ImmutableArray<DatabaseColumn> columns = Bind(connection, source, settings.ColumnMap);
        int rows = CountUpTo(connection, source, pushDown: run is not null);
        if (rows > source.PushdownRows)
            return PostgresWarehouse.Load(connection, source, columns, run!, (copy, expected) => Copy(connection, source, columns, expected, settings, copy));
        return Copy(connection, source, columns, rows, settings, PostgresSql.Copy(source, columns));
    }

    /// <summary>The canonical columns found among the source's columns, with their types checked; every problem in one message.</summary>
    private static ImmutableArray<DatabaseColumn> Bind(NpgsqlConnection connection, DatabaseInput source, IReadOnlyDictionary<string, string> map)
    {
        System.Collections.ObjectModel.ReadOnlyCollection<NpgsqlDbColumn> found = Run(source, () =>
        {
            using var command = new NpgsqlCommand(PostgresSql.Columns(source), connection);
            using NpgsqlDataReader reader = command.ExecuteReader(CommandBehavior.SchemaOnly);
            return reader.GetColumnSchema();
        });
        List<string> names = [.. found.Select(c => c.ColumnName)];
        var bound = ImmutableArray.CreateBuilder<DatabaseColumn>();
        var missing = new List<string>();
        var mistyped = new List<string>();
        foreach (CanonicalColumn column in ClientSchema.Columns)
        {
            string wanted = ClientColumnBinding.SourceNameOf(column.Name, map);
            int index = IndexOf(names, wanted);
            if (index < 0 && wanted != column.Name) index = IndexOf(names, column.Name);
            if (index < 0)
            {
                if (column.Required) missing.Add(DescribeMissing(column.Name, wanted, names));
                continue;
            }
            NpgsqlDbColumn database = found[index];
            if (DatabaseColumn.WireFor(column, database.NpgsqlDbType) is { } wire)
                bound.Add(new DatabaseColumn(column, database.ColumnName, database.DataTypeName, wire));
            else
                mistyped.Add($"column {column.Name} (\"{database.ColumnName}\"): the type is {database.DataTypeName}, but it must be {DatabaseColumn.Accepted(column)}");
        }
        if (missing.Count + mistyped.Count == 0)
            return bound.ToImmutable();
        string list = string.Join(", ", names.Select(n => $"\"{n}\""));
        string problem = (missing.Count, mistyped.Count) switch
        {
            (1, 0) => "a required column is missing.",
            (_, 0) => $"{missing.Count} required columns are missing.",
            (0, 1) => "a column has a type that cannot hold its values.",
            (0, _) => $"{mistyped.Count} columns have types that cannot hold their values.",
            _ => $"{missing.Count} required {(missing.Count == 1 ? "column is" : "columns are")} missing and {mistyped.Count} {(mistyped.Count == 1 ? "has a wrong type" : "have wrong types")}.",
        };
        throw new InputException(ProblemKind.Data, new SourceLocation(source.Describe()), problem,
            [.. missing, .. mistyped, $"columns found: {(names.Count == 0 ? "(none)" : list)}"],
            "Rename or cast the column in the database (or in input.query, e.g. SELECT age::integer AS age), or map the canonical column to the database column in the input.columns section of report.config.yaml.");
    }

    /// <summary>The rows of the source, up to one more than input.pushdown_rows (a parameter, so a huge table is not counted to the end).</summary>
    private static int CountUpTo(NpgsqlConnection connection, DatabaseInput source, bool pushDown)
    {
        long limit = (long)source.PushdownRows + 1;
        long rows = Run(source, () =>
        {
            using var command = new NpgsqlCommand(PostgresSql.CountUpTo(source), connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = limit });
            return (long)command.ExecuteScalar()!;
        });
        if (rows > source.PushdownRows && pushDown)
            return (int)rows;
        if (rows > source.PushdownRows)
        {
            throw new InputException(ProblemKind.Usage, new SourceLocation(source.Describe()),
                string.Create(CultureInfo.InvariantCulture, $"the source has more than input.pushdown_rows ({source.PushdownRows:#,0}) rows, and running the counting inside the database (push-down) is not supported yet."),
                "Raise input.pushdown_rows above the row count to stream every row into memory (about 0.4 GB per million rows), or narrow input.query to the clients to analyse.");
        }
        if (rows == 0)
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(source.Describe()), "the source has no client rows.",
                "Check input.table or input.query: the month's rows may not be loaded yet.");
        }
        return (int)rows;
    }

    private static LoadedClients Copy(NpgsqlConnection connection, DatabaseInput source, ImmutableArray<DatabaseColumn> columns, int expectedRows, InputSettings settings, string copy)
    {
        var slots = new int[columns.Length];
        var numeric = new List<string>();
        var categories = new List<string>();
        for (int i = 0; i < columns.Length; i++)
        {
            CanonicalColumn column = columns[i].Column;
            if (column.Kind == ColumnKind.Numeric) { slots[i] = numeric.Count; numeric.Add(column.Name); }
            else if (column.Kind == ColumnKind.Category) { slots[i] = categories.Count; categories.Add(column.Name); }
        }
        var builder = new ClientColumnsBuilder(numeric, categories, expectedRows, settings.MaxTextLength);
        var log = new ProblemLog(settings.OnInvalidRow, settings.MaxReportedProblems);
        int rowsRead = Run(source, () =>
        {
            using NpgsqlBinaryExporter export = connection.BeginBinaryExport(copy);
            int row = 0;
            while (export.StartRow() != -1)
            {
                row++;
                builder.EnsureRoom();
                builder.SetLine(row);
                int before = log.Problems;
                for (int i = 0; i < columns.Length; i++)
                {
                    DatabaseColumn column = columns[i];
                    (string? problem, string value) = ReadCell(export, column, slots[i], builder);
                    if (problem is not null)
                        log.Add(new RejectedRow(row, column.Column.Name, value, problem, column.Name));
                }
                if (log.Problems == before)
                    builder.Commit();
                else
                    log.CountInvalidRow();
            }
            return row;
        });
        if (rowsRead == 0)
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(source.Describe()), "the source has no client rows.",
                "Check input.table or input.query: the month's rows may not be loaded yet.");
        }
        if (log.InvalidRows > 0 && (settings.OnInvalidRow == InvalidRowPolicy.Fail || builder.Count == 0))
            throw log.ToException(rowsRead, first => new SourceLocation($"{source.Describe()}, row {first.Line}", Field: first.Column), "row", "table");
        return new LoadedClients(builder.Build(), rowsRead, log.Rejected, Format);
    }

    /// <summary>Stores one cell at the builder's next row; returns the problem (null when valid) and the value as text for the message.</summary>
    private static (string? Problem, string Value) ReadCell(NpgsqlBinaryExporter export, DatabaseColumn column, int slot, ClientColumnsBuilder builder)
    {
        ColumnKind kind = column.Column.Kind;
        if (export.IsNull)
        {
            export.Skip();
            // A missing number stays missing (NaN, and a bit in the column's mask), as an empty CSV cell does.
            if (kind == ColumnKind.Numeric) { builder.SetNumeric(slot, double.NaN); return (null, ""); }
            return (ValueRules.MissingRequired, "");
        }
        if (column.Wire == WireType.Text)
        {
            // Trimmed as the CSV reader trims a cell, so that an export of this table gives the same levels.
            string text = export.Read<string>(NpgsqlDbType.Text).Trim(' ', '\t');
            if (text.Length == 0) return (ValueRules.MissingRequired, "");
            builder.SetCode(slot, builder.Levels[slot].CodeOf(text));
            return (null, "");
        }
        if (column.Wire == WireType.Int8)
        {
            builder.SetId(export.Read<long>(NpgsqlDbType.Bigint));
            return (null, "");
        }
        double value = export.Read<double>(NpgsqlDbType.Double);
        string shown = value.ToString("R", CultureInfo.InvariantCulture);
        // NaN is how a CSV export writes a missing number, and the CSV reader takes it as missing; so does this one.
        if (double.IsNaN(value))
        {
            if (kind == ColumnKind.Numeric) { builder.SetNumeric(slot, double.NaN); return (null, ""); }
            return (ValueRules.MissingRequired, "");
        }
        if (!double.IsFinite(value)) return ("is not a number", shown);
        switch (kind)
        {
            case ColumnKind.Identifier:
                if (ValueRules.CheckId(value) is { } idProblem) return (idProblem, shown);
                builder.SetId((long)value);
                return (null, "");
            case ColumnKind.Target:
                if (ValueRules.CheckChurn(value) is { } churnProblem) return (churnProblem, shown);
                builder.SetChurn(value == 1);
                return (null, "");
            default:
                builder.SetNumeric(slot, value);
                return (ValueRules.Check(value, column.Column), shown);
        }
    }

    /// <summary>The index of the column named exactly <paramref name="name"/>, else of the one equal ignoring case and spaces, or -1.</summary>
    private static int IndexOf(List<string> names, string name)
    {
        int exact = names.IndexOf(name);
        return exact >= 0 ? exact : ClientColumnBinding.FindHeader(names, name);
    }

    private static string DescribeMissing(string canonical, string wanted, IReadOnlyList<string> names)
    {
        string what = wanted == canonical
            ? $"column {canonical}: no column \"{canonical}\""
            : $"column {canonical}: no column \"{wanted}\" (mapped in the config) or \"{canonical}\"";
        string? nearest = ClientColumnBinding.Nearest(wanted, canonical, names);
        return nearest is null ? what : $"{what}; did you mean \"{nearest}\"?";
    }

    /// <summary>Runs one statement, turning the server's refusal (no such table, a syntax error in input.query, a lost connection) into a message.</summary>
    internal static T Run<T>(DatabaseInput source, Func<T> statement)
    {
        try
        {
            return statement();
        }
        catch (PostgresException problem) when (problem.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            throw new InputException(ProblemKind.Usage, new SourceLocation(source.Describe()), $"the database has no such table: {problem.MessageText}.",
                "Check input.table (schema.table; a name with capitals or dots is written in double quotes, as in SQL) and that the user may see it.");
        }
        catch (PostgresException problem)
        {
            string key = source.Query is null ? "input.table" : "input.query";
            throw new InputException(ProblemKind.Usage, new SourceLocation(source.Describe(), Field: key),
                $"the database refused to read the rows: {PostgresConnection.Reason(problem)}.",
                source.Query is null ? "Check that the user may read the table." : "Run the query in psql to check it, then correct input.query.");
        }
        catch (NpgsqlException problem)
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(source.Describe()), $"reading from the database failed: {PostgresConnection.Reason(problem)}.",
                "Check the connection to the server and run again.");
        }
    }
}
