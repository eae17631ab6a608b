using System.Text;
using BankChurn.Core;
using BankChurn.Core.Settings;
using YamlDotNet.RepresentationModel;

namespace BankChurn.IO.Config;

/// <summary>
/// Reads report.config.yaml plus <c>--set key=value</c> overrides into checked, immutable <see cref="ReportSettings"/>.
/// Every mistake is an <see cref="InputException"/> of kind <see cref="ProblemKind.Usage"/> (exit code 2) naming
/// the file, line, column and key path (or <c>--set</c>), what is wrong and what is allowed.
/// </summary>
public static class ConfigFile
{
    /// <summary>Reads the config file at <paramref name="path"/>; relative paths inside it are taken from its folder.</summary>
    /// <param name="overrides">Values of <c>--set</c>, each <c>dotted.key=value</c>, applied in order over the file.</param>
    /// <param name="now">The time of the run: the default period (the last month closed by then) and the default generated_at.</param>
    public static ReportSettings Read(string path, IReadOnlyList<string> overrides, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            if (Directory.Exists(path))
                throw Unreadable(path, "is a folder, not a config file.");
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Unreadable(path, $"the config file was not found (looked for {Path.GetFullPath(path)}).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, $"the config file cannot be read: {e.Message}");
        }

        return Parse(text, path, overrides, now);
    }

    /// <summary>Parses config text as if read from <paramref name="fileName"/> (named in messages; its folder anchors relative paths).</summary>
    public static ReportSettings Parse(string yamlText, string fileName, IReadOnlyList<string> overrides, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(overrides);
        var locations = new ConfigLocations(fileName);
        YamlMappingNode root = ConfigYaml.LoadRoot(yamlText, fileName);
        foreach (string assignment in overrides)
            ConfigOverrides.Apply(root, assignment, locations);
        ConfigStructure.Check(root, yamlText, locations);
        ConfigDto dto = ConfigYaml.ToDto(root);
        return ConfigSettings.Build(dto, locations, Path.GetFullPath(fileName), now);
    }

    private static InputException Unreadable(string path, string problem) => new(
        ProblemKind.Usage,
        new SourceLocation(path),
        problem,
        "Pass the config with --config, or run from the folder that holds report.config.yaml.");
}
