using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Quality;

/// <summary>
/// Missing values of one column: the count over the rows read, and over the rows used how churn and the other
/// columns differ between clients with and without a value (strongest association first).
/// </summary>
public sealed record ColumnMissing(string Column, int Missing, double Share, MissingChurn? Churn, ImmutableArray<MissingAssociation> Associations);
