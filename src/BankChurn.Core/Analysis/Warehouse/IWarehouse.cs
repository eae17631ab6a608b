using System.Collections.Immutable;
using BankChurn.Core.Rules;

namespace BankChurn.Core.Analysis.Warehouse;

/// <summary>
/// A client table too large to load, counted where it lives (input.pushdown_rows): the database's aggregates for every
/// figure that is a count or a sum, and segment counts for rules known only after the analysis of the sample.
/// </summary>
public interface IWarehouse
{
    /// <summary>The counts taken before the analysis: rows, missing values, churn by level, the value cells.</summary>
    WarehouseCounts Counts { get; }

    /// <summary>For each rule, in order, its clients by products × activity cell over the cleaned rows (the cells of <see cref="WarehouseCounts.Cells"/>).</summary>
    /// <param name="levelKept">Whether a category level survives analysis.max_levels (a grouped level matches nothing).</param>
    ImmutableArray<ImmutableArray<CellTally>> CountSegments(IReadOnlyList<Rule> rules, Func<string, string, bool> levelKept);
}
