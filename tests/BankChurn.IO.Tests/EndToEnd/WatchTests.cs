using System.Collections.Concurrent;
using System.Text.Json;
using BankChurn.Cli;
using BankChurn.Core.Synthesis;
using BankChurn.IO.Csv;

namespace BankChurn.IO.Tests.EndToEnd;

/// <summary><c>generate --watch</c>: regenerates after an edit, survives a broken edit, and re-reads the data only when it changed.</summary>
public sealed class WatchTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("bankchurn-watch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Watch_ConfigEditBrokenEditAndDataChange_EachGiveTheExpectedRun()
    {
        string config = Path.Combine(_folder, "report.config.yaml");
        string data = Path.Combine(_folder, "clients.csv");
        File.WriteAllText(config, File.ReadAllText(RepoPaths.Config).Replace("path: ../../data/clients.csv", "path: clients.csv", StringComparison.Ordinal)
            .Replace("folder: ../../output", "folder: output", StringComparison.Ordinal));
        CopyFolder(RepoPaths.Templates, Path.Combine(_folder, "templates"));
        WriteClients(data, seed: 1);
        string results = Path.Combine(_folder, "output", "2026-11", "results.json");

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var runs = new BlockingCollection<int>();
        using var stop = new CancellationTokenSource();
        var request = new GenerateRequest(config, "2026-11", null, null, []);
        Task<int> watching = Task.Run(() => WatchLoop.Run(request, TextWriter.Synchronized(output), TextWriter.Synchronized(errors), stop.Token, runs.Add));
        try
        {
            Assert.Equal(0, Next(runs));
            Assert.Equal(JsonValueKind.String, GeneratedAt(results).ValueKind);

            // A config edit regenerates, reusing the loaded table.
            Edit(config, "generated_at: null", "generated_at: \"2026-05-01T09:00:00+03:00\"");
            Assert.Equal(0, Next(runs));
            Assert.Equal("2026-05-01T09:00:00+03:00", GeneratedAt(results).GetString());
            Assert.Contains("table reused", output.ToString(), StringComparison.Ordinal);

            // A broken edit is reported and watching goes on; the previous output stays.
            byte[] before = File.ReadAllBytes(results);
            Edit(config, "language: ru", "language: xx");
            Assert.Equal(2, Next(runs));
            Assert.Contains("report.language", errors.ToString(), StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(results));

            // Fixing it runs again.
            Edit(config, "language: xx", "language: en");
            Assert.Equal(0, Next(runs));

            // A template edit runs again; a broken template is reported with its file and watching goes on.
            string template = Path.Combine(_folder, "templates", "en", "summary.hbs");
            File.AppendAllText(template, "\n{{#if}}\n");
            Assert.Equal(2, Next(runs));
            Assert.Contains("summary.hbs", errors.ToString(), StringComparison.Ordinal);
            File.WriteAllText(template, File.ReadAllText(Path.Combine(RepoPaths.Templates, "en", "summary.hbs")));
            Assert.Equal(0, Next(runs));

            // New data is read again: a different synthetic month gives a different client count.
            int clientsBefore = Clients(results);
            WriteClients(data, seed: 2, rows: 1500);
            Assert.Equal(0, Next(runs));
            Assert.NotEqual(clientsBefore, Clients(results));
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Same(watching, await Task.WhenAny(watching, Task.Delay(Patience, TestContext.Current.CancellationToken)));
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static int Next(BlockingCollection<int> runs)
    {
        Assert.True(runs.TryTake(out int code, Patience), "no run within a minute of the change");
        return code;
    }

    private static void Edit(string path, string from, string to)
    {
        string text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void WriteClients(string path, int seed, int rows = 1200)
    {
        using FileStream stream = File.Create(path);
        new ClientsCsvWriter().Write(SyntheticClients.Generate(new SynthOptions(rows, seed, 0)), stream);
    }

    private static JsonElement GeneratedAt(string results) =>
        JsonDocument.Parse(File.ReadAllText(results)).RootElement.GetProperty("generated_at").Clone();

    private static int Clients(string results) =>
        JsonDocument.Parse(File.ReadAllText(results)).RootElement.GetProperty("churn").GetProperty("clients").GetInt32();
}
