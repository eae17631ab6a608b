namespace BankChurn.Core;

/// <summary>Whether a user mistake lies in the data (exit code 1) or in the command line, config or templates (exit code 2).</summary>
public enum ProblemKind
{
    Data = 1,
    Usage = 2,
}
