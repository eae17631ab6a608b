using System.Text;

namespace BankChurn.IO.Config;

/// <summary>
/// docs/config.md, written from <see cref="ConfigSchema"/>: one table per section with every key's meaning, default,
/// allowed values and an example. A test compares the file with this text, so a new key documented in the schema
/// reaches the page, and a key cannot be added without a meaning.
/// </summary>
internal static class ConfigReference
{
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("""
            # report.config.yaml, key by key

            <!-- Generated from src/BankChurn.IO/Config/ConfigSchema.cs; do not edit by hand. To regenerate:
                 BANKCHURN_WRITE_DOCS=1 dotnet test tests/BankChurn.IO.Tests --filter "FullyQualifiedName~ConfigReferenceTests" -->

            Every key the config may contain. A key left out (or set to `null`) takes its default; an unknown or misspelt
            key is an error naming the line. Any key can be overridden for one run with `--set dotted.key=value`
            (`--set report.language=en`, `--set cleaning.exclude[0].reason="..."`). Relative paths are taken from the config
            file's folder. Rules and formulas use the small language described in the README (Rules). `key[]` is a key of each
            item of a list. The statistics terms are explained in [glossary.md](glossary.md).

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (KeyShape section in ConfigSchema.Root.Keys)
        {
            text.Append('\n').Append("## ").Append(section.Name).Append("\n\n");
            if (section.Meaning.Length > 0)
                text.Append(section.Meaning).Append("\n\n");
            text.Append("| key | meaning | default | allowed values | example |\n| --- | --- | --- | --- | --- |\n");
            if (section.Value is MapShape map)
            {
                foreach (KeyShape key in map.Keys)
                    Rows(text, section.Name + "." + key.Name, key);
            }
            else
            {
                Rows(text, section.Name, section);
            }
        }

        return text.ToString();
    }

    /// <summary>The row of <paramref name="key"/> at <paramref name="path"/>, then the rows of the keys inside it.</summary>
    private static void Rows(StringBuilder text, string path, KeyShape key)
    {
        Row(text, path, key);
        switch (key.Value)
        {
            case MapShape map:
                foreach (KeyShape inner in map.Keys)
                    Rows(text, path + "." + inner.Name, inner);
                break;
            case ListShape { Item: MapShape item }:
                foreach (KeyShape inner in item.Keys)
                    Rows(text, path + "[]." + inner.Name, inner);
                break;
            default:
                break;
        }
    }

    private static void Row(StringBuilder text, string path, KeyShape key)
    {
        string allowed = key.Value switch
        {
            ScalarShape scalar => scalar.Description,
            ListShape list => "a list: " + list.Description,
            MapShape map => "a section: " + map.Description,
            _ => "",
        };
        string defaultValue = key.Required ? "required" : key.Default is null ? "" : Code(key.Default);
        string example = key.Example is null ? "" : Code(key.Example);
        text.Append("| `").Append(path).Append("` | ").Append(Cell(key.Meaning)).Append(" | ").Append(defaultValue)
            .Append(" | ").Append(Cell(allowed)).Append(" | ").Append(example).Append(" |\n");
    }

    private static string Code(string yaml) => "`" + yaml.Replace("|", "\\|", StringComparison.Ordinal) + "`";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
