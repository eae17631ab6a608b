using System.Globalization;
using System.Text.RegularExpressions;
using BankChurn.Core;
using YamlDotNet.RepresentationModel;

namespace BankChurn.IO.Config;

/// <summary>
/// Applies <c>--set key=value</c> overrides to the parsed file before anything is checked, so an override goes
/// through exactly the same checks as the line it replaces, and its mistakes name <c>--set</c> as their source.
/// </summary>
internal static partial class ConfigOverrides
{
    /// <summary>Sets the value at a dotted key path with optional list indexes (<c>cleaning.exclude[0].reason</c>).</summary>
    public static void Apply(YamlMappingNode root, string assignment, ConfigLocations locations)
    {
        int equals = assignment.IndexOf('=', StringComparison.Ordinal);
        string key = equals < 0 ? assignment.Trim() : assignment[..equals].Trim();
        if (equals < 0 || key.Length == 0)
        {
            throw Usage(
                assignment,
                $"'{assignment}' is not key=value.",
                "Write the setting's dotted path, '=' and the value, e.g. --set report.language=en.");
        }

        List<Step> steps = ParsePath(key);
        YamlNode value = ConfigYaml.LoadValue(assignment[(equals + 1)..], key);
        locations.MarkFromCommandLine(value);
        new Assignment(key, steps, value, locations).Into(root, ConfigSchema.Root, 0, path: "");
    }

    private static List<Step> ParsePath(string key)
    {
        var steps = new List<Step>();
        foreach (string segment in key.Split('.'))
        {
            Match match = Segment().Match(segment);
            if (!match.Success)
            {
                throw Usage(
                    key,
                    $"'{key}' is not a key path.",
                    "Join keys with dots and give list items by index, e.g. cleaning.exclude[0].reason.");
            }

            steps.Add(new Step(match.Groups["name"].Value, null));
            foreach (Capture index in match.Groups["index"].Captures)
            {
                // The pattern allows digits only; an index too large for int is simply out of range.
                int number = int.TryParse(index.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) ? parsed : int.MaxValue;
                steps.Add(new Step(null, number));
            }
        }

        return steps;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_]+)(\[(?<index>[0-9]+)\])*$")]
    private static partial Regex Segment();

    private static InputException Usage(string field, string problem, string fix) =>
        new(ProblemKind.Usage, new SourceLocation(ConfigLocations.CommandLine, Field: field), problem, fix);

    /// <summary>One step of a key path: a key of a section, or an item of a list.</summary>
    private readonly record struct Step(string? Key, int? Index);

    private sealed record Assignment(string Key, List<Step> Steps, YamlNode Value, ConfigLocations Locations)
    {
        /// <summary>Returns <paramref name="current"/> with the value set at the remaining steps, building missing sections on the way.</summary>
        public YamlNode Into(YamlNode? current, ConfigShape shape, int step, string path)
        {
            if (step == Steps.Count)
                return Value;
            return Steps[step] switch
            {
                { Key: { } name } => IntoSection(current, shape, step, path, name),
                { Index: { } index } => IntoList(current, shape, step, path, index),
                _ => throw new InvalidOperationException("A step is either a key or an index."),
            };
        }

        private YamlMappingNode IntoSection(YamlNode? current, ConfigShape shape, int step, string path, string name)
        {
            if (shape is not MapShape map)
            {
                throw Usage(
                    Key,
                    shape is ListShape ? $"'{path}' is a list, not a section." : $"'{path}' is a single value and has no keys.",
                    shape is ListShape ? $"Pick an item by index, e.g. {path}[0].{name}." : $"Set it directly: --set {path}=….");
            }

            KeyShape key = map.Find(name) ?? throw UnknownKey(map, path, name);
            YamlMappingNode mapping = Existing<YamlMappingNode>(current, shape, path) ?? Created(new YamlMappingNode());
            var keyNode = new YamlScalarNode(name);
            YamlNode? child = mapping.Children.TryGetValue(keyNode, out YamlNode? found) ? found : null;
            mapping.Children[keyNode] = Into(child, key.Value, step + 1, ConfigStructure.Join(path, name));
            return mapping;
        }

        private YamlSequenceNode IntoList(YamlNode? current, ConfigShape shape, int step, string path, int index)
        {
            if (shape is not ListShape list)
                throw Usage(Key, $"'{path}' is not a list.", $"Remove [{index}] after {path}.");

            YamlSequenceNode sequence = Existing<YamlSequenceNode>(current, shape, path) ?? Created(new YamlSequenceNode());
            int count = sequence.Children.Count;
            if (index > count)
            {
                throw Usage(
                    Key,
                    $"{path} has {count} item(s), so there is no item [{index}].",
                    $"Use an index from 0 to {count}; [{count}] adds a new item.");
            }

            string itemPath = $"{path}[{index}]";
            if (index == count)
                sequence.Children.Add(Into(null, list.Item, step + 1, itemPath));
            else
                sequence.Children[index] = Into(sequence.Children[index], list.Item, step + 1, itemPath);
            return sequence;
        }

        /// <summary>The node already in the file, or null when absent or empty; a node of the wrong shape is the file's mistake.</summary>
        private T? Existing<T>(YamlNode? current, ConfigShape shape, string path)
            where T : YamlNode
        {
            if (current is null || ConfigYaml.IsNull(current))
                return null;
            if (current is T node)
                return node;
            throw new InputException(
                ProblemKind.Usage,
                Locations.Of(current, path),
                $"expected {shape.Expected}, found {ConfigYaml.Describe(current)}, so --set {Key} cannot be applied.",
                "Fix this place in the file first.");
        }

        private T Created<T>(T node)
            where T : YamlNode
        {
            Locations.MarkFromCommandLine(node);
            return node;
        }

        private InputException UnknownKey(MapShape map, string path, string name)
        {
            string? nearest = KeySuggestion.Nearest(name, map.Names);
            string? retired = ConfigSchema.Retired.GetValueOrDefault(ConfigStructure.Join(path, name));
            return Usage(
                Key,
                $"unknown {map.KeyNoun} '{name}'.",
                retired ?? (nearest is null
                    ? $"Valid {map.KeyNoun}s {(path.Length == 0 ? "at the top level" : "under " + path)}: {string.Join(", ", map.Names)}."
                    : $"Did you mean '{ConfigStructure.Join(path, nearest)}'?"));
        }
    }
}
