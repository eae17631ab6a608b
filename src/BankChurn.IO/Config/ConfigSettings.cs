using System.Collections.Immutable;
using System.Globalization;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Config;

/// <summary>
/// The one place where the DTO is checked value by value and every default is applied, giving the immutable
/// <see cref="ReportSettings"/>. The defaults equal the values written in the repository's report.config.yaml,
/// so deleting a line there changes nothing; the exception is cleaning.exclude, which is empty when left out.
/// </summary>
internal static class ConfigSettings
{
    public const string DefaultLanguage = "ru";
    public const string DefaultBankName = "Метанпромбанк";

    /// <summary>A bank's name fits a title bar; a longer one is a slip (a pasted paragraph) and would be wrapped on every slide.</summary>
    public const int MaxBankNameLength = 120;

    /// <summary>The bounds of <c>input.max_text_length</c>: shorter cuts would merge real city names, longer ones let a single value fill a slide.</summary>
    private const int ShortestTextLimit = 10;

    private const int LongestTextLimit = 10_000;

    public const string DefaultConfidentiality = "Конфиденциально. Для внутреннего использования";
    public const string DefaultBrandColor = "#1F4E79";
    public const string DefaultFontFamily = "DejaVu Sans";

    /// <summary>The slide templates' folder, relative to the config's; the language's subfolder is chosen by report.language.</summary>
    public const string DefaultTemplates = "templates";
    public const string DefaultInputPath = "data/clients.csv";
    public const int DefaultMaxReportedProblems = 50;
    public const string DefaultOutputFolder = "output";
    public const int DefaultSeed = 20240501;

    private static readonly Dictionary<string, string> Languages = new() { ["ru"] = "ru", ["en"] = "en" };
    private static readonly Dictionary<string, string?> Encodings = new() { ["auto"] = null, ["utf-8"] = "utf-8", ["windows-1251"] = "windows-1251" };
    private static readonly Dictionary<string, char?> Separators = new() { ["auto"] = null, [","] = ',', [";"] = ';', ["tab"] = '\t', ["\t"] = '\t' };
    private static readonly Dictionary<string, char?> DecimalMarks = new() { ["auto"] = null, ["."] = '.', [","] = ',' };
    private static readonly Dictionary<string, InvalidRowPolicy> InvalidRowPolicies = new() { ["fail"] = InvalidRowPolicy.Fail, ["skip"] = InvalidRowPolicy.Skip };

    private static readonly Dictionary<string, DuplicatePolicy> DuplicatePolicies = new()
    {
        ["keep"] = DuplicatePolicy.Keep,
        ["keep_first"] = DuplicatePolicy.KeepFirst,
        ["drop_all"] = DuplicatePolicy.DropAll,
    };

    /// <param name="configPath">The config file's full path; relative paths in it are taken from its folder.</param>
    /// <param name="now">The time of the run, in its own offset: the default period (the last month closed by then) and the default generated_at.</param>
    public static ReportSettings Build(ConfigDto dto, ConfigLocations locations, string configPath, DateTimeOffset now)
    {
        var problems = new ConfigProblems();
        var read = new ConfigValueReader(locations, problems);
        string folder = Path.GetDirectoryName(configPath) ?? ".";

        ReportOptions report = Report(dto.Report ?? new ReportDto(), read, locations, folder, now);
        InputSettings input = Input(dto.Input ?? new InputDto(), read, folder);
        CleaningDto cleaning = dto.Cleaning ?? new CleaningDto();
        DuplicatePolicy duplicates = read.Choice(cleaning.DuplicateUserIds, "cleaning.duplicate_user_ids", DuplicatePolicy.Keep, DuplicatePolicies, "keep, keep_first or drop_all");
        List<(string Rule, string Reason)> exclusions = [.. (cleaning.Exclude ?? []).Select((e, i) => (
            read.Text(e.Rule, $"cleaning.exclude[{i}].rule", ""),
            read.Text(e.Reason, $"cleaning.exclude[{i}].reason", "")))];
        AnalysisSettings analysis = ConfigAnalysis.Analysis(dto.Analysis, read);
        (string Formula, string Description) value = ConfigAnalysis.Value(dto.Value, read);
        List<ConfigHypotheses.Checked> hypotheses = ConfigHypotheses.Check(dto.Hypotheses, read);
        ConfigSegments.Section segments = ConfigSegments.Check(dto.Segments, read);
        DeckSettings deck = ConfigDeck.Check(dto.Deck, read, folder);
        var comparison = new ComparisonSettings(read.FilePath(dto.Comparison?.PreviousResults, "comparison.previous_results", null, folder));
        var output = new OutputSettings(read.FilePath(dto.Output?.Folder, "output.folder", DefaultOutputFolder, folder) ?? "");
        int seed = read.WholeNumber(dto.Seed, "seed", DefaultSeed, int.MinValue, "20240501");
        ModelSettings model = ConfigModel.Model(dto.Model, read);
        CampaignSettings campaign = ConfigModel.Campaign(dto.Campaign, read);
        problems.ThrowIfAny();

        // Rules are parsed last, on an otherwise valid config: the rule parser reports its own mistakes
        // (owner, position, what was expected) as an InputException, which propagates unchanged.
        ImmutableArray<Exclusion> excluded =
        [
            .. exclusions.Select((e, i) => new Exclusion(
                Rule.Parse(e.Rule, $"exclusion rule {i + 1}", locations.At($"cleaning.exclude[{i}].rule")),
                e.Reason)),
        ];
        ValueSettings valueSettings = ConfigAnalysis.ParseValue(value, locations);
        ImmutableArray<HypothesisSettings> hypothesisSettings = ConfigHypotheses.Parse(hypotheses, locations);
        SegmentsSettings segmentSettings = ConfigSegments.Parse(segments, locations);
        return new ReportSettings(configPath, report, input, new CleaningSettings(excluded, duplicates), output, seed)
        {
            Analysis = analysis,
            Value = valueSettings,
            Hypotheses = hypothesisSettings,
            Segments = segmentSettings,
            Deck = deck,
            Comparison = comparison,
            Model = model,
            Campaign = campaign,
        };
    }

    private static ReportOptions Report(ReportDto dto, ConfigValueReader read, ConfigLocations locations, string folder, DateTimeOffset now) => new(
        Period: read.Month(dto.Period, "report.period", ReportOptions.LastClosedMonth(DateOnly.FromDateTime(now.DateTime))),
        Language: read.Choice(dto.Language, "report.language", DefaultLanguage, Languages, "ru or en"),
        BankName: read.Text(dto.BankName, "report.bank_name", DefaultBankName, maxLength: MaxBankNameLength),
        Confidentiality: read.Text(dto.Confidentiality, "report.confidentiality", DefaultConfidentiality, allowEmpty: true),
        GeneratedAt: read.Timestamp(dto.GeneratedAt, "report.generated_at", now),
        BrandColor: read.Colour(dto.BrandColor, "report.brand_color", DefaultBrandColor),
        FontFamily: read.Text(dto.FontFamily, "report.font_family", DefaultFontFamily))
    {
        TemplatesFolder = read.FilePath(dto.Templates, "report.templates", DefaultTemplates, folder) ?? DefaultTemplates,
        ChurnWindow = dto.ChurnWindow is null ? null : read.Text(dto.ChurnWindow, "report.churn_window", ""),
        ChurnWindowEn = dto.ChurnWindowEn is null ? null : read.Text(dto.ChurnWindowEn, "report.churn_window_en", ""),
        PeriodSource = dto.Period is null ? null : locations.At("report.period"),
        FontFamilySource = locations.At("report.font_family"),
    };

    private static InputSettings Input(InputDto dto, ConfigValueReader read, string folder)
    {
        InputKind kind = ConfigDatabase.Kind(dto, read);
        return CsvInput(dto, read, folder) with { Kind = kind, Database = ConfigDatabase.Check(dto, kind, read) };
    }

    private static InputSettings CsvInput(InputDto dto, ConfigValueReader read, string folder) => new(
        Path: read.FilePath(dto.Path, "input.path", DefaultInputPath, folder) ?? "",
        ColumnMap: Columns(dto.Columns ?? [], read),
        Encoding: read.Choice(dto.Encoding, "input.encoding", null, Encodings, "auto, utf-8 or windows-1251"),
        Separator: read.Choice(dto.Separator, "input.separator", null, Separators, "auto, \",\", \";\" or tab"),
        DecimalMark: read.Choice(dto.DecimalMark, "input.decimal_mark", null, DecimalMarks, "auto, \".\" or \",\""),
        OnInvalidRow: read.Choice(dto.OnInvalidRow, "input.on_invalid_row", InvalidRowPolicy.Fail, InvalidRowPolicies, "fail or skip"),
        MaxReportedProblems: read.WholeNumber(dto.MaxReportedProblems, "input.max_reported_problems", DefaultMaxReportedProblems, 1, "50"))
    {
        MaxTextLength = read.WholeNumberBetween(dto.MaxTextLength, "input.max_text_length", InputSettings.DefaultMaxTextLength, ShortestTextLimit, LongestTextLimit, "120"),
    };

    /// <summary>Every canonical column with its header; a column not mapped is expected under its own name.</summary>
    private static ImmutableDictionary<string, string> Columns(Dictionary<string, string?> written, ConfigValueReader read)
    {
        var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (string column in ClientSchema.Names)
        {
            string? header = written.GetValueOrDefault(column);
            map[column] = read.Text(header, $"input.columns.{column}", column);
        }

        // Two columns read from one header is always a slip (often a column mapped onto another's default name).
        foreach (IGrouping<string, string> shared in map.Keys.OrderBy(c => ClientSchema.Names.IndexOf(c)).GroupBy(c => map[c], StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            string blamed = shared.FirstOrDefault(written.ContainsKey) ?? shared.First();
            read.Bad(
                $"input.columns.{blamed}",
                $"the header '{shared.Key}' is used for {string.Join(" and ", shared)}.",
                "Give each canonical column its own header.");
        }

        return map.ToImmutable();
    }
}
