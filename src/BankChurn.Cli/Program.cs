using System.CommandLine;
using BankChurn.Core;

namespace BankChurn.Cli;

/// <summary>Entry point: the command line (generate, validate, synth) and its help.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter errors) => Run(args, output, errors, TimeProvider.System);

    /// <summary>Runs the command line with <paramref name="clock"/> as the time of the run (tests pin it to check the default period).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors, TimeProvider clock)
    {
        RootCommand root = BuildCommands(output, errors, clock);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                errors.WriteLine($"error: {error.Message}");
            errors.WriteLine("Run 'bankchurn --help' for usage.");
            return ExitCode.UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
    }

    private static int WatchUntilCancelled(GenerateRequest request, TextWriter output, TextWriter errors)
    {
        using var stop = new CancellationTokenSource();
        void Cancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Cancel();
        }
        Console.CancelKeyPress += Cancel;
        try
        {
            return WatchLoop.Run(request, output, errors, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= Cancel;
        }
    }

    private static RootCommand BuildCommands(TextWriter output, TextWriter errors, TimeProvider clock)
    {
        var config = new Option<string>("--config", "-c")
        {
            Description = "The report config (YAML).",
            DefaultValueFactory = _ => "report.config.yaml",
        };
        var period = new Option<string?>("--period") { Description = "Reporting month as yyyy-MM (default: report.period, else the last closed month: run on 3 December, November)." };
        var data = new Option<string?>("--data") { Description = "The client table (CSV); overrides input.path." };
        var outFolder = new Option<string?>("--out") { Description = "The output folder; overrides output.folder. Files go to <out>/<period>/." };
        var set = new Option<string[]>("--set")
        {
            Description = "Override any setting: --set report.language=en (repeatable).",
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => [],
        };

        var watch = new Option<bool>("--watch") { Description = "Keep running: regenerate whenever the config, a template or the data file changes (Ctrl+C to stop)." };

        var wait = new Option<bool>("--wait") { Description = "When another run is writing to the same output folder, wait for it to finish instead of stopping with exit 1." };

        GenerateRequest Request(ParseResult r) => new(
            r.GetValue(config)!, r.GetValue(period), r.GetValue(data), r.GetValue(outFolder), r.GetValue(set) ?? [], r.GetValue(wait)) { Clock = clock };

        var generate = new Command("generate", """
            Run the whole analysis and write report.pdf, segments.xlsx and results.json to <out>/<period>/.
            Examples:
              bankchurn generate
              bankchurn generate --data ../shared/data/bank_scrooge.csv --period 2026-10
              bankchurn generate --set report.language=en --set input.on_invalid_row=skip
              bankchurn generate --watch
            """) { config, period, data, outFolder, set, watch, wait };
        generate.SetAction(r => r.GetValue(watch)
            ? WatchUntilCancelled(Request(r), output, errors)
            : ReportRun.Generate(Request(r), output, errors));

        var validate = new Command("validate", """
            Check the config, its rules and the data without writing anything.
            Example: bankchurn validate --data data/clients.csv
            """) { config, period, data, outFolder, set };
        validate.SetAction(r => ReportRun.Validate(Request(r), output, errors));

        var rows = new Option<int>("--rows") { Description = "Number of clients.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same table.", DefaultValueFactory = _ => 20240501 };
        var months = new Option<int>("--months") { Description = "Number of monthly snapshots; above 1, --out is a folder.", DefaultValueFactory = _ => 1 };
        var synthOut = new Option<string>("--out") { Description = "Output CSV file (or folder with --months).", DefaultValueFactory = _ => "data/clients.csv" };
        var synth = new Command("synth", """
            Write a synthetic client table with the real table's schema and dependencies.
            Example: bankchurn synth --rows 1000000 --seed 7 --out /tmp/clients_1m.csv
            """) { rows, seed, months, synthOut };
        synth.SetAction(r => ReportRun.Synth(r.GetValue(rows), r.GetValue(seed), r.GetValue(months), r.GetValue(synthOut)!, output, errors));

        return new RootCommand("BankChurn: a monthly churn analysis of a bank's client table, as a PDF deck, an Excel workbook and results.json.")
        {
            generate, validate, synth,
        };
    }
}
