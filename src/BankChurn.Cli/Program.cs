namespace BankChurn.Cli;

/// <summary>Entry point: parses the command line and hands over to <see cref="ReportRun"/>.</summary>
public static class Program
{
    public static int Main(string[] args) => ReportRun.Run(args, Console.Out, Console.Error);
}
