using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BankChurn.Core;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Analysis.Warehouse;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Settings;
using Npgsql;

namespace BankChurn.IO.Postgres;

/// <summary>
/// A source above input.pushdown_rows, counted in the database. Every statement is one plain aggregate query over the
/// source (COUNT, SUM and GROUP BY, with FILTER and CASE; no temporary objects, functions or cross-shard sorts), which
/// Citus runs on each shard and merges on the coordinator; the rules of the config (exclusions, segments, the value
/// formula) are compiled to SQL with <see cref="RuleSql"/>, so names are quoted and every constant is a parameter.
/// The seeded sample the rest of the analysis reads is the only set of rows that leaves the database.
/// </summary>
internal sealed class PostgresWarehouse : IWarehouse
{
    /// <summary>A pushed-down statement reads the whole table: far longer than Npgsql's 30 s default, but never for ever.</summary>
    private const int StatementSeconds = 3600;

    private readonly DatabaseInput _source;
    private readonly ImmutableArray<DatabaseColumn> _columns;
    private readonly ReportSettings _settings;

    private PostgresWarehouse(DatabaseInput source, ImmutableArray<DatabaseColumn> columns, ReportSettings settings, WarehouseCounts counts)
    {
        _source = source;
        _columns = columns;
        _settings = settings;
        Counts = counts;
    }

    public WarehouseCounts Counts { get; }

    /// <summary>Counts the source in the database and streams the seeded sample into memory; the sample carries the warehouse.</summary>
    /// <exception cref="InputException">The run cannot be pushed down as configured, or the database refuses a statement.</exception>
    public static LoadedClients Load(NpgsqlConnection connection, DatabaseInput source, ImmutableArray<DatabaseColumn> columns, ReportSettings settings,
        Func<string, int, LoadedClients> copy)
    {
        if (settings.Cleaning.DuplicateUserIds != DuplicatePolicy.Keep)
        {
            throw new InputException(ProblemKind.Usage, new SourceLocation(source.Describe(), Field: "cleaning.duplicate_user_ids"),
                "keep_first and drop_all need the rows in one order, which a table counted in the database (above input.pushdown_rows) does not have.",
                "Set cleaning.duplicate_user_ids: keep, or deduplicate in input.query (e.g. SELECT DISTINCT ON (userid) …).");
        }
        var provisional = new PostgresWarehouse(source, columns, settings, null!);
        WarehouseCounts counts = provisional.Count(connection);
        if (counts.RowsRejected > 0 && settings.Input.OnInvalidRow == InvalidRowPolicy.Fail)
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(source.Describe()),
                string.Create(CultureInfo.InvariantCulture, $"{counts.RowsRejected:#,0} of {counts.RowsRead:#,0} rows have a missing required value or a value out of range."),
                "Set input.on_invalid_row: skip to leave them out (counted in the report), or fix them in the database; raise input.pushdown_rows above the row count to list every problem.");
        }
        if (counts.RowsUsed == 0)
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(source.Describe()),
                string.Create(CultureInfo.InvariantCulture, $"no clients are left after cleaning: {counts.RowsRead} rows read, {counts.RowsRejected} rejected as invalid, {counts.ExclusionRows.Sum()} excluded by cleaning.exclude."),
                "Check the table or query and the cleaning.exclude rules in the config; the previous outputs were left as they were.");
        }
        int valid = counts.RowsRead - counts.RowsRejected;
        LoadedClients sample = copy(provisional.SampleCopy(valid), Math.Min(valid, settings.Model.SampleRows));
        return sample with { Warehouse = new PostgresWarehouse(source, columns, settings, counts) };
    }

    public ImmutableArray<ImmutableArray<CellTally>> CountSegments(IReadOnlyList<Rule> rules, Func<string, string, bool> levelKept)
    {
        ArgumentNullException.ThrowIfNull(rules);
        using NpgsqlConnection connection = PostgresConnection.Open(_source);
        // One RuleSql numbers the statement's parameters: the cleaned rows' exclusions, then the value, then each rule.
        var sql = new RuleSql(Quoted);
        string from = Cleaned(sql);
        string quantiles = "(" + from + ") AS bankchurn_q WHERE bankchurn_q.bc_used";
        // Each rule is a grouping key of the inner GROUP BY, computed once per row; the outer query adds the groups up
        // per segment and cell (as FILTER conditions over a flattened subquery, each rule would be computed five times).
        string value = sql.Number(_settings.Value.Formula, quantiles);
        var keys = new List<string> { "\"products\" AS p", "\"last_activity\" AS a", "COALESCE(\"churn\" = 1, false) AS c" };
        var text = new StringBuilder("SELECT p, a");
        for (int k = 0; k < rules.Count; k++)
        {
            keys.Add(string.Create(CultureInfo.InvariantCulture, $"{sql.Condition(rules[k], quantiles, levelKept)} AS s{k}"));
            text.Append(CultureInfo.InvariantCulture, $", COALESCE(sum(n) FILTER (WHERE s{k}), 0)::int8, COALESCE(sum(n) FILTER (WHERE s{k} AND c), 0)::int8")
                .Append(CultureInfo.InvariantCulture, $", COALESCE(sum(w) FILTER (WHERE s{k}), 0), COALESCE(sum(w) FILTER (WHERE s{k} AND c), 0)")
                .Append(CultureInfo.InvariantCulture, $", COALESCE(sum(z) FILTER (WHERE s{k}), 0)::int8");
        }
        text.Append(" FROM (SELECT ").Append(string.Join(", ", keys))
            .Append(", count(*) AS n, COALESCE(sum(COALESCE(bc_value, 0)), 0) AS w, count(*) FILTER (WHERE bc_value IS NULL) AS z FROM (SELECT *, ")
            .Append(value).Append(" AS bc_value FROM (").Append(from).Append(") AS bankchurn_used WHERE bc_used) AS bankchurn_valued GROUP BY ")
            .Append(string.Join(", ", Enumerable.Range(1, keys.Count).Select(i => i.ToString(CultureInfo.InvariantCulture))))
            .Append(") AS bankchurn_segments GROUP BY 1, 2");
        var cells = new List<ImmutableArray<CellTally>.Builder>();
        for (int k = 0; k < rules.Count; k++) cells.Add(ImmutableArray.CreateBuilder<CellTally>());
        Query(connection, text.ToString(), sql.Parameters, reader =>
        {
            double? products = reader.IsDBNull(0) ? null : reader.GetDouble(0);
            double? active = reader.IsDBNull(1) ? null : reader.GetDouble(1);
            for (int k = 0; k < rules.Count; k++)
            {
                int at = 2 + 5 * k;
                cells[k].Add(new CellTally(products, active, Int(reader, at), Int(reader, at + 1), reader.GetDouble(at + 2), reader.GetDouble(at + 3), Int(reader, at + 4)));
            }
        });
        return [.. cells.Select(c => c.ToImmutable())];
    }

    /// <summary>The canonical column as the relations below name it.</summary>
    private static string Quoted(string canonical) => PostgresSql.Identifier(canonical);

    /// <summary>
    /// Every row of the source with its canonical columns (numbers as double precision with NaN as NULL, categories
    /// trimmed with blank as NULL, the id as read) and whether it is valid, by the same checks the CSV reader makes.
    /// Unbound optional columns are NULL, so a rule that names one matches as over an absent column.
    /// </summary>
    private string Rows()
    {
        var select = new List<string>();
        var valid = new List<string>();
        foreach (CanonicalColumn column in ClientSchema.Columns)
        {
            DatabaseColumn? bound = _columns.FirstOrDefault(c => c.Column.Name == column.Name);
            string name = Quoted(column.Name);
            if (bound is null)
            {
                select.Add((column.Kind == ColumnKind.Category ? "NULL::text AS " : "NULL::float8 AS ") + name);
                continue;
            }
            select.Add(Canonical(bound) + " AS " + name);
            valid.Add(Valid(bound));
        }
        return "SELECT " + string.Join(", ", select) + ", (" + (valid.Count == 0 ? "true" : string.Join(" AND ", valid)) + ") AS bc_valid FROM " + PostgresSql.From(_source);
    }

    private static string Canonical(DatabaseColumn column) => column.Column.Kind switch
    {
        ColumnKind.Category => "NULLIF(btrim(" + column.Expression + ", E' \\t'), '')",
        _ when column.Wire == WireType.Int8 => column.Expression,
        _ => "NULLIF(" + column.Expression + ", 'NaN'::float8)",
    };

    /// <summary>The SQL form of <see cref="Csv.ValueRules"/>: true when the row's value in this column is acceptable.</summary>
    private static string Valid(DatabaseColumn column)
    {
        string v = Canonical(column);
        CanonicalColumn c = column.Column;
        switch (c.Kind)
        {
            case ColumnKind.Identifier:
                return column.Wire == WireType.Int8 ? "(" + v + " IS NOT NULL)" : "COALESCE(" + v + " = floor(" + v + ") AND abs(" + v + ") <= 9e15, false)";
            case ColumnKind.Category:
                return "(" + v + " IS NOT NULL)";
            case ColumnKind.Target:
                return "COALESCE(" + v + " IN (0::float8, 1::float8), false)";
        }
        var checks = new List<string> { "abs(" + v + ") <= 1e15" };
        if (c.Binary) checks.Add(v + " IN (0::float8, 1::float8)");
        if (c.WholeNumber) checks.Add(v + " = floor(" + v + ")");
        if (double.IsFinite(c.Min)) checks.Add(v + " >= " + Literal(c.Min));
        if (double.IsFinite(c.Max)) checks.Add(v + " <= " + Literal(c.Max));
        return "(" + v + " IS NULL OR (" + string.Join(" AND ", checks) + "))";
    }

    /// <summary>A schema bound (not a user's value) as a SQL number.</summary>
    private static string Literal(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "::float8";

    /// <summary>
    /// <see cref="Rows"/> with, per cleaning.exclude rule, whether it removes the row (bc_ex0, bc_ex1, …; false for an
    /// invalid row, which no rule sees) and whether the row is used: valid and excluded by none.
    /// </summary>
    private string Cleaned(RuleSql sql)
    {
        ImmutableArray<Exclusion> exclusions = _settings.Cleaning.Exclude;
        string rows = Rows();
        // quantile(…) in an exclusion rule is taken over the valid rows, as Cleaning evaluates rules over the loaded table.
        string quantiles = "(" + rows + ") AS bankchurn_q WHERE bankchurn_q.bc_valid";
        var flags = new StringBuilder("SELECT *");
        for (int k = 0; k < exclusions.Length; k++)
            flags.Append(CultureInfo.InvariantCulture, $", CASE WHEN bc_valid THEN {sql.Condition(exclusions[k].Rule, quantiles)} ELSE false END AS bc_ex{k}");
        flags.Append(" FROM (").Append(rows).Append(") AS bankchurn_rows");
        string used = exclusions.Length == 0 ? "bc_valid" : "bc_valid AND NOT (" + string.Join(" OR ", Enumerable.Range(0, exclusions.Length).Select(k => $"bc_ex{k}")) + ")";
        return "SELECT *, (" + used + ") AS bc_used FROM (" + flags + ") AS bankchurn_flags";
    }

    /// <summary>
    /// Rows, rejections, exclusions and missing values in one scan. The row's flags are grouping keys of an inner GROUP
    /// BY, so the validity and exclusion expressions are computed once per row: as FILTER conditions of forty aggregates
    /// over a flattened subquery, PostgreSQL would evaluate them once per aggregate. Citus groups on the workers and only
    /// the few flag combinations cross the network.
    /// </summary>
    private WarehouseCounts Count(NpgsqlConnection connection)
    {
        ImmutableArray<Exclusion> exclusions = _settings.Cleaning.Exclude;
        var sql = new RuleSql(Quoted);
        var keys = new List<string> { "bc_valid AS v", "bc_used AS u", "COALESCE(\"churn\" = 1, false) AS c" };
        for (int k = 0; k < exclusions.Length; k++)
            keys.Add(string.Create(CultureInfo.InvariantCulture, $"bc_ex{k} AS e{k}"));
        for (int i = 0; i < ClientSchema.Columns.Length; i++)
            keys.Add(string.Create(CultureInfo.InvariantCulture, $"({Quoted(ClientSchema.Columns[i].Name)} IS NULL) AS m{i}"));
        static string Sum(string condition) => "COALESCE(sum(n) FILTER (WHERE " + condition + "), 0)::int8";
        var text = new StringBuilder("SELECT COALESCE(sum(n), 0)::int8, " + Sum("NOT v") + ", " + Sum("u") + ", " + Sum("u AND c"));
        for (int k = 0; k < exclusions.Length; k++)
        {
            string earlier = k == 0 ? "" : " AND NOT (" + string.Join(" OR ", Enumerable.Range(0, k).Select(j => $"e{j}")) + ")";
            text.Append(", ").Append(Sum(string.Create(CultureInfo.InvariantCulture, $"e{k}{earlier}")));
        }
        for (int i = 0; i < ClientSchema.Columns.Length; i++)
        {
            string m = string.Create(CultureInfo.InvariantCulture, $"m{i}");
            text.Append(", ").Append(Sum("v AND " + m));
            if (ClientSchema.Columns[i].Kind == ColumnKind.Numeric)
                text.Append(", ").Append(Sum("u AND " + m)).Append(", ").Append(Sum("u AND " + m + " AND c"));
        }
        text.Append(" FROM (SELECT ").Append(string.Join(", ", keys)).Append(", count(*) AS n FROM (").Append(Cleaned(sql)).Append(") AS bankchurn_all GROUP BY ")
            .Append(string.Join(", ", Enumerable.Range(1, keys.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)))).Append(") AS bankchurn_flags");
        int read = 0, rejected = 0, used = 0, churned = 0;
        var excluded = ImmutableArray.CreateBuilder<int>();
        var missing = ImmutableArray.CreateBuilder<int>();
        var missingChurn = ImmutableDictionary.CreateBuilder<string, (int, int)>(StringComparer.Ordinal);
        Query(connection, text.ToString(), sql.Parameters, reader =>
        {
            (read, rejected, used, churned) = (Int(reader, 0), Int(reader, 1), Int(reader, 2), Int(reader, 3));
            int at = 4;
            for (int k = 0; k < exclusions.Length; k++) excluded.Add(Int(reader, at++));
            foreach (CanonicalColumn column in ClientSchema.Columns)
            {
                bool bound = _columns.Any(c => c.Column.Name == column.Name);
                missing.Add(bound ? Int(reader, at) : 0);
                at++;
                if (column.Kind == ColumnKind.Numeric)
                {
                    if (bound) missingChurn.Add(column.Name, (Int(reader, at), Int(reader, at + 1)));
                    at += 2;
                }
            }
        });
        return new WarehouseCounts(read, rejected, excluded.ToImmutable(), used, churned, missing.ToImmutable(), missingChurn.ToImmutable(),
            Duplicates(connection), Levels(connection), Cells(connection), Drivers(connection));
    }

    private DuplicateIds Duplicates(NpgsqlConnection connection)
    {
        var sql = new RuleSql(Quoted);
        string cities = _columns.Any(c => c.Column.Name == ClientSchema.City) ? "count(DISTINCT \"city\")" : "0";
        string text = "SELECT COALESCE(sum(n - 1), 0)::int8, count(*), count(*) FILTER (WHERE cities > 1) FROM (SELECT \"user_id\", count(*) AS n, "
            + cities + " AS cities FROM (" + Cleaned(sql) + ") AS bankchurn_valid WHERE bc_valid GROUP BY \"user_id\" HAVING count(*) > 1) AS bankchurn_repeats";
        DuplicateIds found = new(0, 0, 0, DuplicatePolicy.Keep, 0);
        Query(connection, text, sql.Parameters, reader => found = new DuplicateIds(Int(reader, 0), Int(reader, 1), Int(reader, 2), DuplicatePolicy.Keep, 0));
        return found;
    }

    /// <summary>
    /// Churn by value of each categorical analysis column, one GROUP BY each. A whole-number column with more distinct
    /// values than <see cref="Core.Analysis.ColumnGroups.MaxDiscreteLevels"/> is binned by the analysis, not counted by value:
    /// it is left to the sample.
    /// </summary>
    private ImmutableDictionary<string, ImmutableArray<LevelTally>> Levels(NpgsqlConnection connection)
    {
        var levels = ImmutableDictionary.CreateBuilder<string, ImmutableArray<LevelTally>>(StringComparer.Ordinal);
        foreach (string column in _settings.Analysis.Categorical)
        {
            DatabaseColumn? bound = _columns.FirstOrDefault(c => c.Column.Name == column);
            if (bound is null)
                continue;
            bool category = bound.Column.Kind == ColumnKind.Category;
            var sql = new RuleSql(Quoted);
            string name = Quoted(column);
            string text = "SELECT " + name + ", count(*), count(*) FILTER (WHERE \"churn\" = 1) FROM (" + Cleaned(sql) + ") AS bankchurn_used WHERE bc_used GROUP BY 1";
            var found = ImmutableArray.CreateBuilder<LevelTally>();
            Query(connection, text, sql.Parameters, reader =>
            {
                if (reader.IsDBNull(0)) found.Add(new LevelTally(null, null, Int(reader, 1), Int(reader, 2)));
                else if (category) found.Add(new LevelTally(reader.GetString(0), null, Int(reader, 1), Int(reader, 2)));
                else found.Add(new LevelTally(null, Convert.ToDouble(reader.GetValue(0), CultureInfo.InvariantCulture), Int(reader, 1), Int(reader, 2)));
            });
            if (!category && found.Count(l => !l.IsMissing) > Core.Analysis.ColumnGroups.MaxDiscreteLevels)
                continue;
            levels.Add(column, found.ToImmutable());
        }
        return levels.ToImmutable();
    }

    /// <summary>
    /// Each continuous analysis column cut as <see cref="Core.Analysis.ColumnGroups"/> cuts it: the churned and
    /// retained summaries (percentile_cont interpolates as the analysis's quantiles do), then either the values of a
    /// whole-number column with few of them, or percentile_cont cut points and one GROUP BY over a CASE of the cuts.
    /// </summary>
    private ImmutableDictionary<string, DriverTally> Drivers(NpgsqlConnection connection)
    {
        var drivers = ImmutableDictionary.CreateBuilder<string, DriverTally>(StringComparer.Ordinal);
        int quantileBins = _settings.Analysis.QuantileBins;
        foreach (string column in _settings.Analysis.Continuous)
        {
            DatabaseColumn? bound = _columns.FirstOrDefault(c => c.Column.Name == column);
            if (bound is null || bound.Column.Kind != ColumnKind.Numeric)
                continue;
            string x = Quoted(column);
            var sql = new RuleSql(Quoted);
            string from = "(" + Cleaned(sql) + ") AS bankchurn_used WHERE bc_used AND " + x + " IS NOT NULL";
            NumericSummary? churned = null, retained = null;
            Query(connection, "SELECT \"churn\", count(*), avg(" + x + "), percentile_cont(ARRAY[0.5, 0.25, 0.75]::float8[]) WITHIN GROUP (ORDER BY " + x + "), min(" + x + "), max(" + x + ") FROM "
                + from + " GROUP BY 1", sql.Parameters, reader =>
            {
                double[] q = reader.GetFieldValue<double[]>(3);
                var summary = new NumericSummary(Int(reader, 1), reader.GetDouble(2), q[0], q[1], q[2], reader.GetDouble(4), reader.GetDouble(5));
                if (reader.GetDouble(0) == 1) churned = summary;
                else retained = summary;
            });
            bool whole = bound.Column.WholeNumber;
            double[] fractions = [.. Enumerable.Range(1, quantileBins).Select(k => (double)k / quantileBins)];
            int present = 0, distinct = 0;
            double min = 0;
            double[] cuts = [];
            var parameters = new List<object>(sql.Parameters) { fractions };
            string placeholder = string.Create(CultureInfo.InvariantCulture, $"${parameters.Count}::float8[]");
            Query(connection, "SELECT count(*), min(" + x + "), percentile_cont(" + placeholder + ") WITHIN GROUP (ORDER BY " + x + ")"
                + (whole ? ", count(DISTINCT " + x + ")" : ", 0::int8") + " FROM " + from, parameters, reader =>
            {
                present = Int(reader, 0);
                if (present == 0) return;
                min = reader.GetDouble(1);
                cuts = reader.GetFieldValue<double[]>(2);
                distinct = Int(reader, 3);
            });
            ImmutableArray<BinTally> bins;
            bool byValue = whole && present > 0 && distinct <= Core.Analysis.ColumnGroups.MaxDiscreteLevels;
            if (present == 0)
            {
                bins = [];
            }
            else if (byValue)
            {
                var values = new List<BinTally>();
                Query(connection, "SELECT " + x + ", count(*), count(*) FILTER (WHERE \"churn\" = 1) FROM " + from + " GROUP BY 1 ORDER BY 1", sql.Parameters,
                    reader => values.Add(new BinTally(reader.GetDouble(0), reader.GetDouble(0), Int(reader, 1), Int(reader, 2), reader.GetDouble(0), reader.GetDouble(0))));
                bins = [.. values];
            }
            else
            {
                var edges = new List<double> { min };
                foreach (double cut in cuts)
                    if (cut > edges[^1]) edges.Add(cut);
                if (edges.Count == 1) edges.Add(edges[0]);
                var binParameters = new List<object>(sql.Parameters);
                var cases = new StringBuilder("CASE");
                for (int b = 1; b < edges.Count - 1; b++)
                {
                    binParameters.Add(edges[b]);
                    cases.Append(CultureInfo.InvariantCulture, $" WHEN {x} <= ${binParameters.Count}::float8 THEN {b - 1}");
                }
                cases.Append(CultureInfo.InvariantCulture, $" ELSE {edges.Count - 2} END");
                var found = new Dictionary<int, BinTally>();
                Query(connection, "SELECT " + cases + ", count(*), count(*) FILTER (WHERE \"churn\" = 1), min(" + x + "), max(" + x + ") FROM " + from + " GROUP BY 1", binParameters,
                    reader => found[reader.GetInt32(0)] = new BinTally(0, 0, Int(reader, 1), Int(reader, 2), reader.GetDouble(3), reader.GetDouble(4)));
                bins = [.. Enumerable.Range(0, edges.Count - 1).Select(b => found.TryGetValue(b, out BinTally? t)
                    ? t with { Low = edges[b], High = edges[b + 1] }
                    : new BinTally(edges[b], edges[b + 1], 0, 0, double.PositiveInfinity, double.NegativeInfinity))];
            }
            drivers.Add(column, new DriverTally(column, churned, retained, byValue, bins));
        }
        return drivers.ToImmutable();
    }

    /// <summary>The value sums by products × activity cell over the cleaned rows.</summary>
    private ImmutableArray<CellTally> Cells(NpgsqlConnection connection)
    {
        var sql = new RuleSql(Quoted);
        string from = Cleaned(sql);
        string value = sql.Number(_settings.Value.Formula, "(" + from + ") AS bankchurn_q WHERE bankchurn_q.bc_used");
        string text = "SELECT \"products\", \"last_activity\", count(*), count(*) FILTER (WHERE \"churn\" = 1), COALESCE(sum(COALESCE(bc_value, 0)), 0), "
            + "COALESCE(sum(COALESCE(bc_value, 0)) FILTER (WHERE \"churn\" = 1), 0), count(*) FILTER (WHERE bc_value IS NULL) FROM (SELECT \"products\", \"last_activity\", \"churn\", "
            + value + " AS bc_value FROM (" + from + ") AS bankchurn_used WHERE bc_used) AS bankchurn_values GROUP BY 1, 2";
        var cells = ImmutableArray.CreateBuilder<CellTally>();
        Query(connection, text, sql.Parameters, reader => cells.Add(new CellTally(
            reader.IsDBNull(0) ? null : reader.GetDouble(0), reader.IsDBNull(1) ? null : reader.GetDouble(1),
            Int(reader, 2), Int(reader, 3), reader.GetDouble(4), reader.GetDouble(5), Int(reader, 6))));
        return cells.ToImmutable();
    }

    /// <summary>
    /// The binary COPY of a seeded sample of the valid rows: each row's place is a hash of its user_id seeded by the
    /// config's seed (hashint8extended, the function PostgreSQL's hash partitioning uses, stable across versions), so the
    /// same table and seed give the same sample. A hash range a little wider than the sample's share is taken first, so
    /// only those rows are sorted; COPY takes no parameters, and everything here is a number BankChurn computed.
    /// </summary>
    private string SampleCopy(int validRows)
    {
        int size = Math.Min(validRows, _settings.Model.SampleRows);
        double share = (1.1 * size + 6 * Math.Sqrt(size) + 50) / Math.Max(1, validRows);
        string hash = string.Create(CultureInfo.InvariantCulture, $"(hashint8extended(\"user_id\"::int8, {_settings.Seed}::int8) & 2147483647)");
        string range = share >= 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" AND {hash} < {(long)(share * 2147483648.0)}");
        string columns = string.Join(", ", _columns.Select(c => Quoted(c.Column.Name)));
        return string.Create(CultureInfo.InvariantCulture,
            $"COPY (SELECT {columns} FROM ({Rows()}) AS bankchurn_rows WHERE bc_valid{range} ORDER BY {hash}, {columns} LIMIT {size}) TO STDOUT (FORMAT BINARY)");
    }

    private static int Int(NpgsqlDataReader reader, int ordinal) => checked((int)reader.GetInt64(ordinal));

    private void Query(NpgsqlConnection connection, string text, IReadOnlyList<object> parameters, Action<NpgsqlDataReader> row) =>
        ClientsPostgres.Run(_source, () =>
        {
            using var command = new NpgsqlCommand(text, connection) { CommandTimeout = StatementSeconds };
            foreach (object parameter in parameters)
                command.Parameters.Add(parameter switch
                {
                    double number => new NpgsqlParameter<double> { TypedValue = number },
                    double[] numbers => new NpgsqlParameter<double[]> { TypedValue = numbers },
                    _ => new NpgsqlParameter<string> { TypedValue = (string)parameter },
                });
            using NpgsqlDataReader reader = command.ExecuteReader();
            while (reader.Read())
                row(reader);
            return true;
        });
}
