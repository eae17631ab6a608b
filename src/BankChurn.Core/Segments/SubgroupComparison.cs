using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>A segment's churned and current clients side by side on every column (the third seed's product segments).</summary>
public sealed record SubgroupComparison(int Churned, int Current, ImmutableArray<ColumnComparison> Columns);
