namespace BankChurn.Cli;

/// <summary>
/// A hook for the crash tests: with <c>BANKCHURN_PAUSE_BEFORE=&lt;step&gt;</c> (a step of <c>OutputFolder.Publish</c>:
/// recover, stage, write report.pdf, carry, flush, swap, flush parent, retire) the process says "paused before
/// &lt;step&gt;" on stderr and waits there forever, so that a test can kill -9 a real process at that exact point of the
/// commit. Unset (always, outside those tests) it does nothing.
/// </summary>
internal static class CrashPoint
{
    public const string Variable = "BANKCHURN_PAUSE_BEFORE";

    public static Action<string>? FromEnvironment()
    {
        string? at = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(at))
            return null;
        return step =>
        {
            if (!string.Equals(step, at, StringComparison.Ordinal))
                return;
            Console.Error.WriteLine($"paused before {step}");
            Console.Error.Flush();
            Thread.Sleep(Timeout.Infinite);
        };
    }
}
