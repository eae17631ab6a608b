namespace BankChurn.Core.Settings;

/// <summary>What to do with a row that does not validate.</summary>
public enum InvalidRowPolicy
{
    /// <summary>List every problem and stop with exit code 1, writing nothing.</summary>
    Fail,

    /// <summary>Leave the row out, write it to rejected_rows.csv and count it in the report.</summary>
    Skip,
}
