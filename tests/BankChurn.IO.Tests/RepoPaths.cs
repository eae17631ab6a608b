namespace BankChurn.IO.Tests;

/// <summary>Paths the end-to-end tests need: the repository root (where BankChurn.sln is) and the real table in ../shared.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Config => Path.Combine(Root, "report.config.yaml");

    /// <summary>
    /// The repository's config text, for a copy written into a temporary folder: its relative templates folder is made
    /// absolute, so the copy still finds the repository's templates.
    /// </summary>
    public static string ConfigForCopy()
    {
        string text = File.ReadAllText(Config);
        const string Relative = "templates: templates";
        if (!text.Contains(Relative, StringComparison.Ordinal))
            throw new InvalidOperationException($"report.config.yaml no longer has '{Relative}'; update RepoPaths.ConfigForCopy.");
        return text.Replace(Relative, $"templates: \"{Path.Combine(Root, "templates")}\"", StringComparison.Ordinal);
    }

    /// <summary>../shared/data/bank_scrooge.csv beside the repository (or above it), or null when it is absent.</summary>
    public static string? RealTable()
    {
        for (DirectoryInfo? folder = new DirectoryInfo(Root).Parent; folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "shared", "data", "bank_scrooge.csv");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string FindRoot()
    {
        DirectoryInfo? folder = new(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BankChurn.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("BankChurn.sln not found above " + AppContext.BaseDirectory);
    }
}
