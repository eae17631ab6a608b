namespace BankChurn.Core;

/// <summary>Whether a user mistake lies in the data (exit code 1), in the command line, config or templates (exit code 2), or in where the outputs go (exit code 3: no space, no permission).</summary>
public enum ProblemKind
{
    Data = 1,
    Usage = 2,
    CannotWrite = 3,
}
