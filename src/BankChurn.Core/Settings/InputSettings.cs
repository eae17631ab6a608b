using System.Collections.Immutable;

namespace BankChurn.Core.Settings;

/// <summary>Where the client table is and how to read it. Null detection fields mean "detect automatically"; they apply to CSV only.</summary>
/// <param name="ColumnMap">Canonical column name → header in the source file.</param>
/// <param name="Encoding">"utf-8", "windows-1251", or null to detect.</param>
/// <param name="Separator">',', ';', '\t', or null to detect.</param>
/// <param name="DecimalMark">'.', ',', or null to detect.</param>
/// <param name="MaxReportedProblems">How many invalid cells a failing run lists before it says "and N more".</param>
public sealed record InputSettings(
    string Path,
    ImmutableDictionary<string, string> ColumnMap,
    string? Encoding,
    char? Separator,
    char? DecimalMark,
    InvalidRowPolicy OnInvalidRow,
    int MaxReportedProblems)
{
    /// <summary>CSV (the default) or a database; init-only so that existing construction sites keep compiling.</summary>
    public InputKind Kind { get; init; } = InputKind.Csv;

    /// <summary>The default of <see cref="MaxTextLength"/>.</summary>
    public const int DefaultMaxTextLength = 120;

    /// <summary>
    /// The longest category value kept whole (<c>input.max_text_length</c>); a longer one is cut to this many characters,
    /// the last being "…", as it is read, so every output and every rule sees the same bounded value.
    /// </summary>
    public int MaxTextLength { get; init; } = DefaultMaxTextLength;

    /// <summary>The table or query and its connection, set when <see cref="Kind"/> is <see cref="InputKind.Postgres"/>.</summary>
    public DatabaseInput? Database { get; init; }
}
