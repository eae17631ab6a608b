using System.Collections.Immutable;
using BankChurn.Core.Analysis.Drivers;

namespace BankChurn.Core.Analysis.Warehouse;

/// <summary>
/// A continuous column counted in the database: the churned and retained clients' summaries, and its bins as
/// <see cref="ColumnGroups"/> cuts them (by value for a whole-number column with few values, else quantile bins from
/// percentile_cont cut points, tied cuts merged), every bin in order, empty ones included.
/// </summary>
public sealed record DriverTally(string Column, NumericSummary? Churned, NumericSummary? Retained, bool ByValue, ImmutableArray<BinTally> Bins);

/// <summary>One bin: its cut points (Low = High for a value), its clients and churned, and the smallest and largest value in it.</summary>
public sealed record BinTally(double Low, double High, int Clients, int Churned, double Min, double Max);
