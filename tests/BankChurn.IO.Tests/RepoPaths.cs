namespace BankChurn.IO.Tests;

/// <summary>
/// Paths the tests need: the repository root (where BankChurn.sln is), the tests' pinned settings (tests/settings), the
/// shipped settings (read only by ShippedSettingsTests) and the real table in ../shared.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The tests' pinned copy of the config, tests/settings/report.config.yaml; its templates are tests/settings/templates.</summary>
    public static string Config => Path.Combine(Root, "tests", "settings", "report.config.yaml");

    /// <summary>The tests' pinned copy of the templates folder.</summary>
    public static string Templates => Path.Combine(Root, "tests", "settings", "templates");

    /// <summary>The shipped config the user edits; only ShippedSettingsTests reads it.</summary>
    public static string ShippedConfig => Path.Combine(Root, "report.config.yaml");

    /// <summary>The shipped templates folder; only ShippedSettingsTests (and the check of its README) read it.</summary>
    public static string ShippedTemplates => Path.Combine(Root, "templates");

    /// <summary>The committed synthetic fixture (tests/fixtures/synth_2000.csv) that the reference checks run on every clone.</summary>
    public static string SynthFixture => Path.Combine(Root, "tests", "fixtures", "synth_2000.csv");

    /// <summary>
    /// The pinned config text, for a copy written into a temporary folder: its relative templates folder is made
    /// absolute, so the copy still finds the pinned templates.
    /// </summary>
    public static string ConfigForCopy()
    {
        string text = File.ReadAllText(Config);
        const string Relative = "templates: templates";
        if (!text.Contains(Relative, StringComparison.Ordinal))
            throw new InvalidOperationException($"tests/settings/report.config.yaml no longer has '{Relative}'; update RepoPaths.ConfigForCopy.");
        return text.Replace(Relative, $"templates: \"{Templates}\"", StringComparison.Ordinal);
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
