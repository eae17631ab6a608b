using System.Collections.Immutable;

namespace BankChurn.Core.Model;

/// <summary>One source column of the client table and the indexes of the features it became (several for a one-hot category).</summary>
public sealed record FeatureColumn(string Name, ImmutableArray<int> Features);
