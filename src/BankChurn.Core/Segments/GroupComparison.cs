using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>
/// Two groups of clients side by side on every column: a segment's churned and current clients (the third seed's
/// product segments), or a segment and the rest of the base (what sets the segment apart).
/// </summary>
/// <param name="First">Clients in the first group (churned, or the segment).</param>
/// <param name="Second">Clients in the second group (current, or the rest of the base).</param>
/// <param name="Columns">Every canonical column in schema order; a category gives one entry per level.</param>
public sealed record GroupComparison(int First, int Second, ImmutableArray<ColumnComparison> Columns);
