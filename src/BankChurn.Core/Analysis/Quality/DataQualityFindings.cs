using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.Quality;

/// <summary>
/// SPEC analysis block 1: what came in, what was rejected, excluded or dropped, what is missing and whether
/// missingness is informative.
/// </summary>
/// <param name="RowsRead">Data rows in the file (header not counted), valid or not.</param>
/// <param name="Missing">Every canonical column, in schema order, with its missing count over the valid rows read.</param>
public sealed record DataQualityFindings(
    int RowsRead,
    int RowsRejected,
    int RowsExcluded,
    int RowsUsed,
    ImmutableArray<RejectedRow> Rejected,
    ImmutableArray<ExclusionCount> Exclusions,
    DuplicateIds Duplicates,
    ImmutableArray<ColumnMissing> Missing,
    DetectedFormat Format);
