namespace BankChurn.Core.Changes;

/// <summary>Where last period's results were looked for, and what was found there (null: nothing, which is not an error).</summary>
/// <param name="Period">Last period as yyyy-MM (from the file when one was read).</param>
/// <param name="File">The file as the outputs name it (relative to this period's folder when it is under the same output folder).</param>
public sealed record PreviousPeriod(string Period, string File, PreviousResults? Results);
