using BankChurn.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BankChurn.IO.Config;

/// <summary>YamlDotNet at the edge: text → representation model (with line and column of every node) → DTO.</summary>
internal static class ConfigYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Parses the text into its root mapping; an empty file is an empty mapping (every setting at its default).</summary>
    public static YamlMappingNode LoadRoot(string text, string fileName)
    {
        YamlStream stream = Load(text, fileName, syntaxFix: "Check the indentation (spaces, not tabs), colons and quotes at this place.");
        if (stream.Documents.Count == 0)
            return new YamlMappingNode();
        if (stream.Documents.Count > 1)
        {
            Mark second = stream.Documents[1].RootNode.Start;
            throw new InputException(
                ProblemKind.Usage,
                ConfigLocations.AtMark(fileName, second),
                "the file holds more than one YAML document.",
                "Remove the '---' separator and keep one set of settings.");
        }

        YamlNode root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
            return mapping;
        if (IsNull(root))
            return new YamlMappingNode();
        throw new InputException(
            ProblemKind.Usage,
            ConfigLocations.AtMark(fileName, root.Start),
            $"the settings must be {ConfigSchema.Root.Expected}, found {Describe(root)}.",
            "Start the file with 'report:' and indent the keys under each section.");
    }

    /// <summary>Parses a <c>--set</c> value with YAML scalar rules, so "null" resets and "2026-10" stays text.</summary>
    public static YamlNode LoadValue(string text, string key)
    {
        YamlStream stream = Load(
            text,
            ConfigLocations.CommandLine,
            syntaxFix: $"Quote the value, e.g. --set '{key}=\"text: with a colon\"'.",
            field: key);
        if (stream.Documents.Count == 0)
            return NullValue();
        if (stream.Documents.Count > 1)
        {
            throw new InputException(
                ProblemKind.Usage,
                new SourceLocation(ConfigLocations.CommandLine, Field: key),
                "the value holds more than one YAML document.",
                "Give one value after '='.");
        }

        return stream.Documents[0].RootNode;
    }

    /// <summary>Fills the DTO from the checked, merged tree. Structure was checked already, so this cannot fail on user input.</summary>
    public static ConfigDto ToDto(YamlMappingNode root)
    {
        // Emitting the merged tree and reading it back is the simplest way to feed YamlDotNet's deserializer
        // from a representation model; the text is a few hundred bytes.
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return Deserializer.Deserialize<ConfigDto?>(writer.ToString()) ?? new ConfigDto();
    }

    /// <summary>YAML's null: a plain (unquoted) empty value, ~ or null. A quoted "null" is text.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    public static YamlScalarNode NullValue() => new("null") { Style = ScalarStyle.Plain };

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a section of keys",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => $"the single value '{scalar.Value}'",
        _ => "something else",
    };

    private static YamlStream Load(string text, string fileName, string syntaxFix, string? field = null)
    {
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
            return stream;
        }
        catch (YamlException e)
        {
            throw new InputException(
                ProblemKind.Usage,
                FirstTabIndent(text, fileName, field, e) ?? ConfigLocations.AtMark(fileName, e.Start, field),
                $"invalid YAML: {e.Message.TrimEnd('.')}.",
                syntaxFix);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18.1's scanner throws this instead of a YamlException for some unterminated
            // flow collections ("a: [1, 2" then a new line); the last event it produced shows where it got lost.
            Mark last = parser.LastGood;
            throw new InputException(
                ProblemKind.Usage,
                ConfigLocations.AtMark(fileName, last, field),
                "invalid YAML after this place: a list [ ] or section { } is not closed, or a quote is missing.",
                syntaxFix);
        }
    }

    /// <summary>
    /// YamlDotNet reports a tab in the indentation at the start of the enclosing mapping (often line 1),
    /// which sends the user to the wrong line; the first line indented with a tab is where to look.
    /// </summary>
    private static SourceLocation? FirstTabIndent(string text, string fileName, string? field, YamlException e)
    {
        if (!e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return null;
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && lines[i][..tab].Trim().Length == 0)
                return new SourceLocation(fileName, i + 1, field, tab + 1);
        }

        return null;
    }

    /// <summary>Remembers where the last successfully parsed event ended.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastGood { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current)
                LastGood = current.End;
            return inner.MoveNext();
        }
    }
}
