namespace BankChurn.IO.Tests.Model;

/// <summary>A fact that reads the real table: shown as skipped, with the reason, where ../shared/data/bank_scrooge.csv is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealTableFactAttribute : FactAttribute
{
    public RealTableFactAttribute()
    {
        if (RepoPaths.RealTable() is null)
            Skip = "../shared/data/bank_scrooge.csv was not found above the repository root.";
    }
}
