namespace BankChurn.Core;

/// <summary>The process exit codes the command line promises.</summary>
public static class ExitCode
{
    public const int Success = 0;
    public const int DataError = 1;
    public const int UsageError = 2;
    public const int Bug = 70;
}
