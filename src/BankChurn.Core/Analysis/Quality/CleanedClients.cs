using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.Quality;

/// <summary>The rows the analysis uses, and what cleaning took away on the way.</summary>
public sealed record CleanedClients(
    ClientTable Table,
    ImmutableArray<ExclusionCount> Exclusions,
    int RowsExcluded,
    DuplicateIds Duplicates);
