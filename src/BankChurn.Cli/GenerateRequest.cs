namespace BankChurn.Cli;

/// <summary>What the user asked <c>generate</c> or <c>validate</c> to do, straight from the command line. <paramref name="Wait"/>: wait for another run writing to the same output folder instead of stopping.</summary>
public sealed record GenerateRequest(string ConfigPath, string? Period, string? DataPath, string? OutputFolder, IReadOnlyList<string> Overrides, bool Wait = false)
{
    /// <summary>The clock of the run: the default period is the last month closed by its date. Tests pin it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The config overrides, with the dedicated options turned into <c>--set</c> form. Paths given on the command line are relative to the working folder.</summary>
    public IReadOnlyList<string> AllOverrides()
    {
        var all = new List<string>(Overrides);
        if (Period is not null) all.Add($"report.period={Period}");
        if (DataPath is not null) all.Add($"input.path={Path.GetFullPath(DataPath)}");
        if (OutputFolder is not null) all.Add($"output.folder={Path.GetFullPath(OutputFolder)}");
        return all;
    }
}
