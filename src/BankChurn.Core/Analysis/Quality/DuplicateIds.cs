using BankChurn.Core.Settings;

namespace BankChurn.Core.Analysis.Quality;

/// <summary>
/// User ids that occur on more than one row: <paramref name="DuplicateRows"/> counts the repeats (pandas' duplicated().sum()),
/// <paramref name="Ids"/> the ids involved, <paramref name="IdsInDifferentCities"/> those whose rows name different cities
/// (a sign of different clients sharing an id rather than a repeated row), and what the policy removed.
/// </summary>
public sealed record DuplicateIds(int DuplicateRows, int Ids, int IdsInDifferentCities, DuplicatePolicy Policy, int RowsDropped);
