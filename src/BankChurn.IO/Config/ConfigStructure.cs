using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace BankChurn.IO.Config;

/// <summary>
/// The first check of the merged config: every key is known, every value has the right shape (single value,
/// list or section), required keys are there. It runs on the representation model because only that keeps the
/// line and column of every key; on the way it records where each value is for the value checks that follow.
/// </summary>
internal static partial class ConfigStructure
{
    public static void Check(YamlMappingNode root, string sourceText, ConfigLocations locations)
    {
        var walk = new Walk(locations, sourceText.Split('\n'), new ConfigProblems());
        walk.Visit(root, ConfigSchema.Root, path: "", nullAllowed: true);
        walk.Problems.ThrowIfAny();
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    /// <summary>An unquoted colour such as <c>#1F4E79</c>, which YAML reads as a comment.</summary>
    [GeneratedRegex(@"^\s*#[0-9A-Fa-f]{3,8}\b")]
    private static partial Regex ColourReadAsComment();

    private sealed record Walk(ConfigLocations Locations, string[] Lines, ConfigProblems Problems)
    {
        public void Visit(YamlNode node, ConfigShape shape, string path, bool nullAllowed)
        {
            if (path.Length > 0)
                Locations.Remember(path, node);

            // Every value is read as text and typed by its key, so tags add nothing; a custom tag would
            // otherwise fail inside the deserializer, far from its line.
            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                Problems.Add(Locations.Of(node, path), $"YAML tags such as '{node.Tag.Value}' are not used in this file.", "Remove the tag; quote the value if it must stay text.");
                return;
            }

            if (ConfigYaml.IsNull(node))
            {
                CheckNull(node, shape, path, nullAllowed);
                return;
            }

            switch (shape, node)
            {
                case (ScalarShape, YamlScalarNode):
                    break;
                case (ListShape list, YamlSequenceNode sequence):
                    for (int i = 0; i < sequence.Children.Count; i++)
                        Visit(sequence.Children[i], list.Item, $"{path}[{i}]", nullAllowed: false);
                    break;
                case (MapShape map, YamlMappingNode mapping):
                    VisitSection(map, mapping, path);
                    break;
                default:
                    WrongShape(node, shape, path);
                    break;
            }
        }

        private void VisitSection(MapShape map, YamlMappingNode mapping, string path)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach ((YamlNode keyNode, YamlNode value) in mapping.Children)
            {
                string name = keyNode is YamlScalarNode { Value: { } text } ? text : "";
                KeyShape? key = map.Find(name);
                if (key is null)
                {
                    UnknownKey(map, keyNode, name, path);
                    continue;
                }

                seen.Add(name);
                Visit(value, key.Value, Join(path, name), nullAllowed: !key.Required);
            }

            foreach (KeyShape missing in map.Keys.Where(k => k.Required && !seen.Contains(k.Name)))
            {
                Problems.Add(
                    Locations.Of(mapping, path),
                    $"'{missing.Name}' is missing.",
                    $"Add '{missing.Name}:' followed by {(missing.Value is ScalarShape scalar ? scalar.Description : missing.Value.Expected)}.");
            }
        }

        private void UnknownKey(MapShape map, YamlNode keyNode, string name, string path)
        {
            string? nearest = KeySuggestion.Nearest(name, map.Names);
            string? retired = ConfigSchema.Retired.GetValueOrDefault(ConfigStructure.Join(path, name));
            Problems.Add(
                Locations.Of(keyNode, Join(path, name)),
                $"unknown {map.KeyNoun} '{name}'.",
                retired ?? (nearest is null
                    ? $"Valid {map.KeyNoun}s {(path.Length == 0 ? "at the top level" : "under " + path)}: {string.Join(", ", map.Names)}."
                    : $"Did you mean '{nearest}'?"));
        }

        private void WrongShape(YamlNode node, ConfigShape shape, string path)
        {
            string fix = shape switch
            {
                MapShape map => $"Indent the keys ({string.Join(", ", map.Names.Take(4))}{(map.Keys.Length > 4 ? ", …" : "")}) under {path}:.",
                ListShape => $"Write one item per line under {path}:, each starting with '- '.",
                _ when Locations.IsFromCommandLine(node) => "Give one value after '='; quote it if it contains ': ' or starts with [ or {.",
                _ => "Write one value after the colon; quote it if it contains ': ' or starts with [ or {.",
            };
            Problems.Add(Locations.Of(node, path), $"expected {shape.Expected}, found {ConfigYaml.Describe(node)}.", fix);
        }

        private void CheckNull(YamlNode node, ConfigShape shape, string path, bool nullAllowed)
        {
            if (!nullAllowed)
            {
                Problems.Add(Locations.Of(node, path), "the value is empty.", $"Write {shape.Expected}.");
                return;
            }

            // "brand_color: #1F4E79" parses as an empty value followed by a comment, which would silently
            // fall back to the default colour; the text after the node on its line shows what was meant.
            if (Locations.IsFromCommandLine(node) || node.Start.Line < 1 || node.Start.Line > Lines.Length)
                return;
            string line = Lines[node.Start.Line - 1];
            int column = (int)Math.Min(node.Start.Column - 1, line.Length);
            if (ColourReadAsComment().IsMatch(line[column..]))
                Problems.Add(Locations.Of(node, path), "the value after '#' was read as a comment, so the value is empty.", "Quote it, e.g. \"#1F4E79\".");
        }
    }
}
