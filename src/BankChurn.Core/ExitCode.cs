namespace BankChurn.Core;

/// <summary>The process exit codes the command line promises.</summary>
public static class ExitCode
{
    public const int Success = 0;
    public const int DataError = 1;
    public const int UsageError = 2;

    /// <summary>The outputs cannot be written: the disk is full, the folder is not writable, a file is in the way.</summary>
    public const int CannotWrite = 3;
    public const int Bug = 70;
}
