using BankChurn.Cli;

namespace BankChurn.IO.Tests.EndToEnd;

/// <summary>One in-process run of the command line, with what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Errors)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        int code = Program.Run(args, output, errors);
        return new CliRun(code, output.ToString(), errors.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}
