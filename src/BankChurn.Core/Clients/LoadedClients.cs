using System.Collections.Immutable;

namespace BankChurn.Core.Clients;

/// <summary>The result of loading the client table: the valid rows, how many data rows the file had, the problems of the rows left out, and the format it was read in.</summary>
/// <param name="RowsRead">Data rows in the file (header excluded), valid or not.</param>
/// <param name="Rejected">Every problem of every row left out (one entry per problem), empty unless <c>on_invalid_row: skip</c>.</param>
public sealed record LoadedClients(ClientTable Table, int RowsRead, ImmutableArray<RejectedRow> Rejected, DetectedFormat Format)
{
    /// <summary>The number of distinct rows left out.</summary>
    public int RowsRejected => Rejected.Select(r => r.Line).Distinct().Count();

    /// <summary>
    /// Set when the source was too large to load (input.pushdown_rows): <see cref="Table"/> is then a seeded sample, and
    /// the analysis takes its counts and sums from the database instead.
    /// </summary>
    public Analysis.Warehouse.IWarehouse? Warehouse { get; init; }
}
