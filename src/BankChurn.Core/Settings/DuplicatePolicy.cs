namespace BankChurn.Core.Settings;

/// <summary>What to do with rows sharing a user_id.</summary>
public enum DuplicatePolicy
{
    /// <summary>Keep every row and report the duplicates (the real table's duplicates are different clients in different cities).</summary>
    Keep,

    /// <summary>Keep the first row of each user_id.</summary>
    KeepFirst,

    /// <summary>Drop every row of a duplicated user_id.</summary>
    DropAll,
}
