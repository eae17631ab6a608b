using System.Diagnostics.CodeAnalysis;

namespace BankChurn.IO.Config;

// The DTO mirrors report.config.yaml key for key (UnderscoredNamingConvention turns BankName into bank_name).
// Every value is text: ConfigSettings parses each one with its location, so "max_reported_problems: many"
// becomes a message naming the key rather than a deserializer error. It never leaves BankChurn.IO.
// CA1812: YamlDotNet creates these by reflection. CA2227: the deserializer needs settable collections.

/// <summary>The whole file as written: null where a key was left out or set to null.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class ConfigDto
{
    public ReportDto? Report { get; set; }

    public InputDto? Input { get; set; }

    public CleaningDto? Cleaning { get; set; }

    public AnalysisDto? Analysis { get; set; }

    public ValueDto? Value { get; set; }

    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public List<HypothesisDto>? Hypotheses { get; set; }

    public SegmentsDto? Segments { get; set; }

    public DeckDto? Deck { get; set; }
    public ComparisonDto? Comparison { get; set; }

    public ModelDto? Model { get; set; }

    public CampaignDto? Campaign { get; set; }

    public OutputDto? Output { get; set; }

    public string? Seed { get; set; }
}

/// <summary>The <c>report:</c> section.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class ReportDto
{
    public string? Period { get; set; }

    public string? Language { get; set; }

    public string? BankName { get; set; }

    public string? Confidentiality { get; set; }

    public string? GeneratedAt { get; set; }

    public string? BrandColor { get; set; }

    public string? FontFamily { get; set; }

    public string? Templates { get; set; }

    public string? ChurnWindow { get; set; }

    public string? ChurnWindowEn { get; set; }
}

/// <summary>The <c>input:</c> section.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class InputDto
{
    public string? Kind { get; set; }

    public string? Path { get; set; }

    public string? ConnectionEnv { get; set; }

    public string? Table { get; set; }

    public string? Query { get; set; }

    public string? PushdownRows { get; set; }

    public string? Encoding { get; set; }

    public string? Separator { get; set; }

    public string? DecimalMark { get; set; }

    public string? OnInvalidRow { get; set; }

    public string? MaxReportedProblems { get; set; }

    public string? MaxTextLength { get; set; }

    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public Dictionary<string, string?>? Columns { get; set; }
}

/// <summary>The <c>cleaning:</c> section.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class CleaningDto
{
    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public List<ExclusionDto>? Exclude { get; set; }

    public string? DuplicateUserIds { get; set; }
}

/// <summary>One item of <c>cleaning.exclude</c>.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class ExclusionDto
{
    public string? Rule { get; set; }

    public string? Reason { get; set; }
}

/// <summary>The <c>comparison:</c> section (month over month).</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class ComparisonDto
{
    public string? PreviousResults { get; set; }
}

/// <summary>The <c>model:</c> section (the per-client churn model).</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class ModelDto
{
    public List<string?>? Exclude { get; set; }

    public string? SampleRows { get; set; }
}

/// <summary>The <c>campaign:</c> section (the retention plan).</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class CampaignDto
{
    public string? Budget { get; set; }

    public string? ContactCost { get; set; }

    public string? SaveRate { get; set; }

    public string? ControlShare { get; set; }

    public string? CrossSell { get; set; }
}

/// <summary>The <c>output:</c> section.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class OutputDto
{
    public string? Folder { get; set; }
}

/// <summary>The <c>analysis:</c> section.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class AnalysisDto
{
    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public List<string?>? Categorical { get; set; }

    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public List<string?>? Continuous { get; set; }

    public string? QuantileBins { get; set; }

    public string? MaxLevels { get; set; }

    public string? HistogramBins { get; set; }

    public string? KdeBandwidth { get; set; }

    public string? PhikBinning { get; set; }

    public string? ProneAlpha { get; set; }

    public MinEffectDto? MinEffect { get; set; }
}

/// <summary><c>analysis.min_effect</c>.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class MinEffectDto
{
    public string? CohensD { get; set; }

    public string? RankBiserial { get; set; }

    public string? CohensH { get; set; }
}

/// <summary>The <c>value:</c> section.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class ValueDto
{
    public string? Formula { get; set; }

    public string? Description { get; set; }
}

/// <summary>One item of <c>hypotheses</c>.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class HypothesisDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? Metric { get; set; }

    public HypothesisGroupDto? GroupA { get; set; }

    public HypothesisGroupDto? GroupB { get; set; }

    public string? Test { get; set; }

    public string? Direction { get; set; }

    public string? Alpha { get; set; }
}

/// <summary><c>group_a</c> or <c>group_b</c> of a hypothesis.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class HypothesisGroupDto
{
    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? Rule { get; set; }
}

/// <summary>The <c>segments:</c> section.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class SegmentsDto
{
    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public List<SegmentDto>? Defined { get; set; }

    public DiscoveryDto? Discovery { get; set; }

    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public List<CatalogueDto>? Catalogue { get; set; }

    public string? PriorityMetric { get; set; }

    public string? DetailSlides { get; set; }

    public ClientListDto? ClientList { get; set; }
}

/// <summary><c>segments.client_list</c>.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class ClientListDto
{
    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public List<string?>? Columns { get; set; }

    public string? MaxRows { get; set; }
}

/// <summary>One item of <c>segments.defined</c>.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class SegmentDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? Goal { get; set; }

    public string? Rule { get; set; }

    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public List<string?>? Actions { get; set; }

    public string? Priority { get; set; }

    public string? CompareSubgroups { get; set; }
}

/// <summary><c>segments.discovery</c>.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class DiscoveryDto
{
    public string? Enabled { get; set; }

    public string? MaxConditions { get; set; }

    public string? MinSize { get; set; }

    public string? BeamWidth { get; set; }

    public string? TopK { get; set; }

    public string? MaxOverlap { get; set; }

    public string? Mode { get; set; }

    public string? Alpha { get; set; }

    public string? HoldoutShare { get; set; }

    public string? MaxShare { get; set; }
}

/// <summary>One item of <c>segments.catalogue</c>.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class CatalogueDto
{
    public string? Column { get; set; }

    public string? Side { get; set; }

    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public List<string?>? Actions { get; set; }
}

/// <summary>The <c>deck:</c> section.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class DeckDto
{
    [SuppressMessage("Usage", "CA2227", Justification = "Set by YamlDotNet.")]
    public List<string?>? Slides { get; set; }

    public string? Logo { get; set; }
}
