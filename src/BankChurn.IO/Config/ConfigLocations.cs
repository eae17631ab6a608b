using BankChurn.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BankChurn.IO.Config;

/// <summary>
/// Where each value of the merged config came from: a line and column of the file, or a <c>--set</c> override.
/// The checks that run after YamlDotNet has filled the DTO look locations up here by key path.
/// </summary>
internal sealed class ConfigLocations(string fileName)
{
    /// <summary>The "file" named in messages about values given on the command line.</summary>
    public const string CommandLine = "--set";

    // YamlNode overrides Equals structurally; two equal values from different places must stay apart.
    private readonly HashSet<YamlNode> _fromCommandLine = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, SourceLocation> _byPath = new(StringComparer.Ordinal);

    public string FileName { get; } = fileName;

    /// <summary>Marks a node made from a <c>--set</c> value (and everything inside it).</summary>
    public void MarkFromCommandLine(YamlNode node)
    {
        foreach (YamlNode inner in node.AllNodes)
            _fromCommandLine.Add(inner);
    }

    public bool IsFromCommandLine(YamlNode node) => _fromCommandLine.Contains(node);

    public SourceLocation Of(YamlNode node, string path) =>
        IsFromCommandLine(node)
            ? new SourceLocation(CommandLine, Field: path)
            : AtMark(FileName, node.Start, path);

    /// <summary>A place in a file from YamlDotNet's mark (1-based line and column, stored as long).</summary>
    public static SourceLocation AtMark(string file, Mark mark, string? field = null) =>
        new(file, (int)Math.Min(mark.Line, int.MaxValue), field, (int)Math.Min(mark.Column, int.MaxValue));

    public void Remember(string path, YamlNode value) => _byPath[path] = Of(value, path);

    /// <summary>The location of the value at <paramref name="path"/>, or just the file when the key was not written.</summary>
    public SourceLocation At(string path) =>
        _byPath.TryGetValue(path, out SourceLocation? location) ? location : new SourceLocation(FileName, Field: path);
}
