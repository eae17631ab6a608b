using System.Collections.Immutable;
using BankChurn.Core;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Csv;

/// <summary>
/// Collects the problems of the rows being read. Under <see cref="InvalidRowPolicy.Skip"/> it keeps every one (they
/// become rejected_rows.csv); under <see cref="InvalidRowPolicy.Fail"/> only the first few are kept for the message,
/// while all are counted, so a file where every row is wrong does not fill memory with problems nobody reads.
/// </summary>
internal sealed class ProblemLog(InvalidRowPolicy policy, int maxReported)
{
    private readonly List<RejectedRow> _kept = [];
    private readonly int _maxReported = Math.Max(0, maxReported);
    private RejectedRow? _first;

    public int Problems { get; private set; }

    public int InvalidRows { get; private set; }

    public void Add(RejectedRow problem)
    {
        _first ??= problem;
        Problems++;
        if (policy == InvalidRowPolicy.Skip || _kept.Count < _maxReported)
            _kept.Add(problem);
    }

    public void CountInvalidRow() => InvalidRows++;

    public ImmutableArray<RejectedRow> Rejected => [.. _kept];

    /// <summary>The failure that lists the first problems (up to the configured limit) and says how many more there are.</summary>
    public InputException ToException(string path, int rowsRead) =>
        ToException(rowsRead, first => new SourceLocation(path, first.Line, first.Column), "line", "file");

    /// <summary>
    /// The same failure for any source: <paramref name="locate"/> places the first problem, <paramref name="position"/>
    /// says what a row's number is ("line" in a file, "row" in a database result) and <paramref name="source"/> what holds the rows.
    /// </summary>
    public InputException ToException(int rowsRead, Func<RejectedRow, SourceLocation> locate, string position, string source)
    {
        RejectedRow first = _first ?? throw new InvalidOperationException("No problem was recorded.");
        var details = _kept.Take(_maxReported).Select(p => p.Describe(position)).ToList();
        int more = Problems - details.Count;
        if (more > 0)
            details.Add($"... and {more} more {(more == 1 ? "problem" : "problems")}");
        string rows = InvalidRows == 1 ? "1 row is invalid" : $"{InvalidRows} rows are invalid";
        string problems = Problems == 1 ? "1 problem" : $"{Problems} problems";
        string problem = InvalidRows == rowsRead
            ? $"{rows} ({problems}; no row of the {source} is valid)."
            : $"{rows} ({problems} in {rowsRead} rows read).";
        string fix = policy == InvalidRowPolicy.Fail
            ? $"Correct these values in the {source}, or set on_invalid_row: skip in report.config.yaml to leave such rows out and list them in rejected_rows.csv."
            : $"Correct these values in the {source}: with every row left out there is nothing to analyse.";
        return new InputException(ProblemKind.Data, locate(first), problem, details, fix);
    }
}
