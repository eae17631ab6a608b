namespace BankChurn.Core;

/// <summary>A mistake the user can fix, with where it is, what is wrong and how to fix it; printed without a stack trace.</summary>
public sealed class InputException : Exception
{
    public InputException(ProblemKind kind, SourceLocation location, string problem, string fix = "")
        : base(Compose(location, problem, fix))
    {
        Kind = kind;
        Location = location;
    }

    /// <summary>A problem with several findings (every bad cell of a file), listed under one headline.</summary>
    public InputException(ProblemKind kind, SourceLocation location, string problem, IReadOnlyList<string> details, string fix = "")
        : base(Compose(location, problem, fix) + string.Concat(details.Select(d => Environment.NewLine + "  " + d)))
    {
        Kind = kind;
        Location = location;
    }

    public ProblemKind Kind { get; }

    public SourceLocation Location { get; }

    public int ExitCode => (int)Kind;

    private static string Compose(SourceLocation location, string problem, string fix) =>
        fix.Length == 0 ? $"{location}: {problem}" : $"{location}: {problem} {fix}";
}
