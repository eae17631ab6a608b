using System.Collections.Immutable;

namespace BankChurn.Core.Settings;

/// <summary>Rows to exclude by rule, and what to do with user_ids that occur more than once.</summary>
public sealed record CleaningSettings(ImmutableArray<Exclusion> Exclude, DuplicatePolicy DuplicateUserIds);
