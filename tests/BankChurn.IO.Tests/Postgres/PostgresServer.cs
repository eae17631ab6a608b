using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace BankChurn.IO.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for the tests, started once per test run from Debian's <c>postgresql</c> package:
/// initdb into a temporary folder, trust authentication, listening only on a Unix socket in that folder (no TCP port
/// to collide with), stopped and deleted when the test process exits. initdb refuses to run as root, so as root the
/// server runs as the package's <c>postgres</c> user through runuser.
/// </summary>
internal sealed class PostgresServer
{
    /// <summary>The environment variable the tests' configs name in input.connection_env; it holds <see cref="ConnectionString"/>.</summary>
    public const string ConnectionEnv = "BANKCHURN_TEST_PG";

    private static readonly Lazy<(PostgresServer? Server, string? Reason)> Shared = new(Start);

    private readonly string _bin;
    private readonly string _folder;
    private readonly string? _runAs;
    private int _stopped;

    private PostgresServer(string bin, string folder, string? runAs)
    {
        _bin = bin;
        _folder = folder;
        _runAs = runAs;
    }

    public string SocketFolder => Path.Combine(_folder, "socket");

    public string ConnectionString => $"Host={SocketFolder};Port=5432;Username=postgres;Database=postgres;Pooling=false";

    /// <summary>
    /// The shared server, started on first use; null with the reason when PostgreSQL cannot start here. This is the
    /// one place that decides whether the database tests run.
    /// </summary>
    public static string? TryStart(out PostgresServer? server)
    {
        (server, string? reason) = Shared.Value;
        return reason;
    }

    /// <summary>The shared server, or the test is skipped with the reason (a failure under BANKCHURN_REQUIRE_TOOLS=1).</summary>
    public static PostgresServer Require()
    {
        string? reason = TryStart(out PostgresServer? server);
        Requires.Tool(reason);
        return server!;
    }

    /// <summary>Stops and deletes the shared server if it was started; see <see cref="PostgresCollection"/>.</summary>
    public static void StopShared()
    {
        if (Shared.IsValueCreated && Shared.Value.Server is { } server)
            server.Stop();
    }

    /// <summary>Runs SQL statements (no parameters: test fixtures only) and returns the first column of the last row, if any.</summary>
    public object? Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    private const string Columns = "userid, score, city, gender, age, equity, balance, products, credit_card, last_activity, est_salary, churn";

    /// <summary>
    /// Creates <paramref name="table"/> with the client table's columns as the real extract names them, loads a CSV with
    /// that header, and numbers the rows in file order in an extra column <c>ordinal</c>: a table has no order of its
    /// own (PostgreSQL may store a bulk-loaded row on an earlier page), so a test that needs the file's order asks
    /// for ORDER BY ordinal.
    /// </summary>
    public void LoadClients(string table, string csvPath)
    {
        Execute($"""
            DROP TABLE IF EXISTS {table};
            CREATE TABLE {table} (userid bigint, score double precision, city text, gender text, age double precision,
                equity integer, balance double precision, products integer, credit_card integer, last_activity integer,
                est_salary double precision, churn integer, ordinal bigint GENERATED ALWAYS AS IDENTITY)
            """);
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using (TextWriter import = connection.BeginTextImport($"COPY {table} ({Columns}) FROM STDIN (FORMAT csv, HEADER true)"))
        {
            using var reader = new StreamReader(csvPath);
            import.Write(reader.ReadToEnd().TrimStart('\uFEFF'));
        }
    }

    private static (PostgresServer?, string?) Start()
    {
        if (!OperatingSystem.IsLinux())
            return (null, "the database tests start Debian's postgresql package, so they run on Linux only.");
        // BANKCHURN_TEST_PG_BIN points at another installation's bin folder (a non-Debian machine, a newer server).
        string? bin = Environment.GetEnvironmentVariable("BANKCHURN_TEST_PG_BIN") is { Length: > 0 } chosen
            ? (File.Exists(Path.Combine(chosen, "initdb")) ? chosen : null)
            : Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), CultureInfo.InvariantCulture, out int v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (bin is null)
            return (null, "PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or BANKCHURN_TEST_PG_BIN); apt-get install postgresql, as .ci/run does.");
        string? runAs = null;
        if (Environment.UserName == "root")
        {
            if (!File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
                return (null, "the tests run as root, initdb refuses root, and runuser is not available to run it as the postgres user.");
            runAs = "postgres";
        }
        string folder = Path.Combine(Path.GetTempPath(), "bankchurn-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var server = new PostgresServer(bin, folder, runAs);
        try
        {
            Directory.CreateDirectory(server.SocketFolder);
            // The server runs as another user when the tests run as root: it must be able to write its folders.
            const UnixFileMode Open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
            File.SetUnixFileMode(folder, Open);
            File.SetUnixFileMode(server.SocketFolder, Open);
            string data = Path.Combine(folder, "data");
            server.Tool("initdb", ["-N", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"]);
            server.Tool("pg_ctl", ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                $"-c listen_addresses='' -k {server.SocketFolder} -p 5432 -c fsync=off -c full_page_writes=off", "start"]);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
            server.Execute("SELECT 1");
            Environment.SetEnvironmentVariable(ConnectionEnv, server.ConnectionString);
            return (server, null);
        }
        catch (Exception problem) when (problem is InvalidOperationException or IOException or UnauthorizedAccessException or NpgsqlException or System.ComponentModel.Win32Exception)
        {
            server.Stop();
            return (null, $"PostgreSQL could not start: {problem.Message}");
        }
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        try
        {
            string data = Path.Combine(_folder, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
                Tool("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
        }
        catch (Exception problem) when (problem is InvalidOperationException or IOException)
        {
            // Best effort at process exit: the folder below is still removed.
        }
        try
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            // A socket still held by a dying server; the folder is in the temporary directory.
        }
    }

    /// <summary>Runs one of the server's programs (as the postgres user when the tests run as root), failing after 90 s.</summary>
    private void Tool(string name, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo
        {
            FileName = _runAs is null ? Path.Combine(_bin, name) : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (_runAs is not null)
        {
            foreach (string part in (string[])["-u", _runAs, "--", Path.Combine(_bin, name)]) start.ArgumentList.Add(part);
        }
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{name} did not finish within 90 s.");
        }
        if (process.ExitCode != 0)
        {
            // The server started by pg_ctl could hold the pipes open; wait for what was written, but not for ever.
            Task.WaitAll([output, errors], TimeSpan.FromSeconds(5));
            string said = (errors.IsCompleted ? errors.Result : "") + " " + (output.IsCompleted ? output.Result : "");
            throw new InvalidOperationException($"{name} exited with {process.ExitCode}: {said.Trim()}");
        }
    }
}
