using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace BankChurn.Cli;

/// <summary>
/// Times the stages of one run and, on a terminal, shows the running stage as a spinner on stderr (Spectre.Console).
/// When stderr is redirected (CI, a pipe, a test) nothing is drawn; the timings still reach the summary.
/// </summary>
internal sealed class RunSteps
{
    private readonly Action<string>? _show;
    private readonly List<(string Name, TimeSpan Took)> _times = [];
    private readonly Stopwatch _total = Stopwatch.StartNew();

    private RunSteps(Action<string>? show) => _show = show;

    public IReadOnlyList<(string Name, TimeSpan Took)> Times => _times;

    public TimeSpan Total => _total.Elapsed;

    /// <summary>Runs <paramref name="body"/> with a spinner when <paramref name="errors"/> is the terminal's stderr, silently otherwise.</summary>
    public static T Run<T>(TextWriter errors, Func<RunSteps, T> body)
    {
        bool live = ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected;
        if (!live)
            return body(new RunSteps(null));
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(errors) });
        return console.Status().Start("starting", context => body(new RunSteps(name => context.Status(Markup.Escape(name)))));
    }

    /// <summary>A runner for code that reports no progress (tests, the validator inside watch).</summary>
    public static RunSteps Silent() => new(null);

    public T Step<T>(string name, Func<T> work)
    {
        _show?.Invoke(name + "…");
        var watch = Stopwatch.StartNew();
        T result = work();
        _times.Add((name, watch.Elapsed));
        return result;
    }

    /// <summary>"1.24 s (load 0.31 s, analyse 0.52 s, …)".</summary>
    public string Describe()
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        string parts = string.Join(", ", _times.Select(t => string.Create(c, $"{t.Name} {t.Took.TotalSeconds:0.00} s")));
        return string.Create(c, $"{Total.TotalSeconds:0.00} s ({parts})");
    }
}
