using System.Collections.Immutable;
using BankChurn.Core.Analysis.Quality;

namespace BankChurn.Core.Analysis.Warehouse;

/// <summary>What the database counted over the whole source before the analysis (see <see cref="IWarehouse"/>).</summary>
/// <param name="RowsRead">Every row of the source, valid or not.</param>
/// <param name="ExclusionRows">Per cleaning.exclude rule, in order, the valid rows it removed that no earlier rule had.</param>
/// <param name="Missing">Per canonical column (schema order), the valid rows without a value.</param>
/// <param name="MissingChurn">Per numeric column with missing values: over the cleaned rows, (clients, churned) without a value.</param>
/// <param name="Levels">Per categorical analysis column it could count exactly: every value with its clients and churned (cleaned rows).</param>
/// <param name="Cells">The products × activity cells of the cleaned rows, with the value sums.</param>
/// <param name="Drivers">Per continuous analysis column: its summaries and bins over the cleaned rows.</param>
public sealed record WarehouseCounts(
    int RowsRead,
    int RowsRejected,
    ImmutableArray<int> ExclusionRows,
    int RowsUsed,
    int Churned,
    ImmutableArray<int> Missing,
    ImmutableDictionary<string, (int Clients, int Churned)> MissingChurn,
    DuplicateIds Duplicates,
    ImmutableDictionary<string, ImmutableArray<LevelTally>> Levels,
    ImmutableArray<CellTally> Cells,
    ImmutableDictionary<string, DriverTally> Drivers);
