using BankChurn.Core;

namespace BankChurn.IO.Config;

/// <summary>Collects every mistake of one checking pass so the user fixes the config in one go, not one rerun per line.</summary>
internal sealed class ConfigProblems
{
    private readonly List<(SourceLocation Location, string Problem, string Fix)> _found = [];

    public void Add(SourceLocation location, string problem, string fix) => _found.Add((location, problem, fix));

    /// <summary>Throws the first problem in file order as the headline (its location is the exception's), the others listed below it.</summary>
    public void ThrowIfAny()
    {
        if (_found.Count == 0)
            return;

        // In the order of the file (--set values, which have no line, first), whatever order they were checked in.
        var ordered = _found.OrderBy(p => p.Location.Line ?? 0).ThenBy(p => p.Location.Column ?? 0).ToList();
        (SourceLocation location, string problem, string fix) = ordered[0];
        if (ordered.Count == 1)
            throw new InputException(ProblemKind.Usage, location, problem, fix);
        string[] others = [.. ordered.Skip(1).Select(p => $"{p.Location}: {p.Problem} {p.Fix}")];
        throw new InputException(ProblemKind.Usage, location, problem, others, fix);
    }
}
