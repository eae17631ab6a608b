using System.Collections;
using System.Reflection;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

/// <summary>docs/config.md is the schema's own table, and the defaults it states are the ones the loader applies.</summary>
public sealed class ConfigReferenceTests
{
    private static string DocsFile => Path.Combine(RepoPaths.Root, "docs", "config.md");

    /// <summary>Every key of the schema with its dotted path; list items as <c>key[]</c>.</summary>
    private static IEnumerable<(string Path, KeyShape Key, bool InList)> Keys(MapShape map, string parent = "", bool inList = false)
    {
        foreach (KeyShape key in map.Keys)
        {
            string path = parent.Length == 0 ? key.Name : parent + "." + key.Name;
            yield return (path, key, inList);
            IEnumerable<(string, KeyShape, bool)> inner = key.Value switch
            {
                MapShape section => Keys(section, path, inList),
                ListShape { Item: MapShape item } => Keys(item, path + "[]", inList: true),
                _ => [],
            };
            foreach (var k in inner)
                yield return k;
        }
    }

    [Fact]
    public void DocsConfigMd_IsGeneratedFromTheSchema()
    {
        string expected = ConfigReference.Markdown();
        if (Environment.GetEnvironmentVariable("BANKCHURN_WRITE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DocsFile)!);
            File.WriteAllText(DocsFile, expected);
        }

        Assert.True(File.Exists(DocsFile), "docs/config.md is missing: run with BANKCHURN_WRITE_DOCS=1 to write it.");
        string actual = File.ReadAllText(DocsFile).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(expected == actual, "docs/config.md is stale: run the test with BANKCHURN_WRITE_DOCS=1 to rewrite it from ConfigSchema.cs, and commit it.");
    }

    [Fact]
    public void EveryKey_HasAMeaning_AndEveryOptionalOneADefault()
    {
        var keys = Keys(ConfigSchema.Root).ToList();

        Assert.True(keys.Count > 80, $"only {keys.Count} keys found");
        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(k.Key.Meaning), $"{k.Path} has no meaning"));
        Assert.All(keys.Where(k => !k.InList && !k.Key.Required && k.Key.Value is not MapShape), k => Assert.True(k.Key.Default is not null, $"{k.Path} has no default"));
    }

    [Fact]
    public void DocsConfigMd_NamesEveryKeyOfTheSchema()
    {
        string docs = ConfigReference.Markdown();

        foreach ((string path, KeyShape key, _) in Keys(ConfigSchema.Root))
        {
            // A top-level section is a heading; every other key is a row.
            string expected = !path.Contains('.', StringComparison.Ordinal) && key.Value is MapShape ? $"\n## {path}\n" : $"| `{path}` |";
            Assert.Contains(expected, docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DocumentedDefaults_WrittenOut_ChangeNothing()
    {
        // Each documented default, written as an override of an empty config, must give exactly the settings the empty
        // config gets: a default changed in code without the schema (or the other way round) fails here.
        List<string> written = [.. Keys(ConfigSchema.Root)
            .Where(k => !k.InList && k.Key.Default is not null && k.Key.Value is not MapShape)
            .Select(k => $"{k.Path}={k.Key.Default}")];

        ReportSettings defaults = Parse("");
        ReportSettings explicitDefaults = Parse("", [.. written]);

        Assert.True(written.Count > 60, $"only {written.Count} defaults written");
        List<string> expected = Flatten(defaults), actual = Flatten(explicitDefaults);
        Assert.True(expected.Count > 100, $"only {expected.Count} settings compared");
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
            Assert.Equal(expected[i], actual[i]);
    }

    [Theory]
    [InlineData("analysis.quantile_bins=11")]
    [InlineData("segments.discovery.holdout_share=0.6")]
    [InlineData("segments.client_list.columns=[user_id, city]")]
    [InlineData("deck.slides=[title]")]
    [InlineData("value.formula=products * 1000")]
    [InlineData("report.font_family=Lato")]
    [InlineData("input.columns.user_id=USERID")]
    [InlineData("seed=7")]
    public void DocumentedDefault_ThatDiffers_IsCaught(string other)
    {
        // The comparison above can fail: a value other than the default, in any section, shows in the flattened settings.
        Assert.NotEqual(Flatten(Parse("")), Flatten(Parse("", other)));
    }

    /// <summary>Every leaf value of the settings, with its property path, in a stable order.</summary>
    private static List<string> Flatten(object settings)
    {
        var leaves = new List<string>();
        Walk(settings, "settings", 0, leaves);
        return leaves;
    }

    private static void Walk(object? value, string path, int depth, List<string> leaves)
    {
        switch (value)
        {
            case null:
                leaves.Add(path + " = null");
                return;
            case BankChurn.Core.SourceLocation:
                // Where a value was written differs by design: the file, or --set.
                return;
            case string or Enum or DateTimeOffset or decimal:
            case var primitive when primitive.GetType().IsPrimitive:
                leaves.Add($"{path} = {Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}");
                return;
            case IEnumerable items when depth < 8:
                // A default ImmutableArray cannot be enumerated; it reads as no items.
                if (value.GetType().GetProperty("IsDefault")?.GetValue(value) is true)
                {
                    leaves.Add(path + " = default");
                    return;
                }

                int i = 0;
                foreach (object? item in items)
                    Walk(item, $"{path}[{i++}]", depth + 1, leaves);
                leaves.Add($"{path}.count = {i}");
                return;
            default:
                break;
        }

        Type type = value.GetType();
        if (depth >= 8 || type.Namespace?.StartsWith("BankChurn", StringComparison.Ordinal) != true)
        {
            leaves.Add($"{path} = {Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}");
            return;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
            Walk(property.GetValue(value), path + "." + property.Name, depth + 1, leaves);
    }
}
