using System.Collections.Immutable;

namespace BankChurn.Core.Report;

/// <summary>One paragraph or bullet item of a <see cref="TextBlock"/>: inline runs, some of them bold.</summary>
public sealed record TextItem(ImmutableArray<TextRun> Runs)
{
    /// <summary>The item's words without markup, as a reader of the plain text sees them.</summary>
    public string Plain => string.Concat(Runs.Select(r => r.Text));

    /// <summary>An item in the regular weight only.</summary>
    public static TextItem Of(string text) => new([new TextRun(text)]);
}
