using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Warehouse;

/// <summary>
/// How a pushed-down run was made: the rows the database counted, the seeded sample the rest was computed on, and which
/// figures of results.json come from which (names of its blocks and fields).
/// </summary>
public sealed record PushdownSummary(int SourceRows, int SampleRows, int Seed, ImmutableArray<string> Exact, ImmutableArray<string> FromSample);
