namespace BankChurn.Cli;

/// <summary>The composition root: the one place that knows every stage, in order.</summary>
public static class ReportRun
{
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        output.WriteLine("BankChurn");
        errors.Flush();
        return 0;
    }
}
