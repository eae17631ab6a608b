using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Config;

/// <summary>Checks the <c>segments:</c> section; segment rules are parsed with the other rules, on an otherwise valid config, each naming its segment.</summary>
internal static partial class ConfigSegments
{
    private static readonly Dictionary<string, bool> Booleans = new() { ["true"] = true, ["false"] = false, ["yes"] = true, ["no"] = false };
    private static readonly Dictionary<string, SegmentGoal> Goals = new() { ["retention"] = SegmentGoal.Retention, ["acquisition"] = SegmentGoal.Acquisition };
    private static readonly Dictionary<string, SearchMode> Modes = new() { ["beam"] = SearchMode.Beam, ["exhaustive"] = SearchMode.Exhaustive };
    private static readonly Dictionary<string, PriorityMetric> Metrics = new()
    {
        ["excess_churners"] = PriorityMetric.ExcessChurners,
        ["value_at_risk"] = PriorityMetric.ValueAtRisk,
    };
    private static readonly Dictionary<string, ConditionSide> Sides = new()
    {
        ["any"] = ConditionSide.Any, ["low"] = ConditionSide.Low, ["middle"] = ConditionSide.Middle, ["high"] = ConditionSide.High,
    };

    /// <summary>A defined segment with its texts checked, waiting for its rule to be parsed.</summary>
    internal sealed record Checked(int Index, string Id, string Name, string? EnglishName, SegmentGoal Goal, string Rule, ImmutableArray<string> Actions, int? Priority, bool Compare);

    /// <summary>Everything but the rules, checked; the rules are parsed by <see cref="Parse"/>.</summary>
    internal sealed record Section(List<Checked> Defined, SegmentsSettings Rest);

    public static Section Check(SegmentsDto? dto, ConfigValueReader read)
    {
        SegmentsSettings defaults = SegmentsSettings.Default;
        if (dto is null)
            return new Section([], defaults);
        var defined = new List<Checked>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < (dto.Defined?.Count ?? 0); i++)
        {
            SegmentDto s = dto.Defined![i];
            string at = $"segments.defined[{i}]";
            string id = read.Text(s.Id, $"{at}.id", "");
            if (!IdPattern().IsMatch(id))
                read.Bad($"{at}.id", $"'{id}' is not a usable id.", "Use lower-case letters, digits and underscores, starting with a letter (e.g. women_35_50_inactive).");
            else if (!ids.Add(id))
                read.Bad($"{at}.id", $"the id '{id}' is used twice.", "Give each segment its own id: the workbook and next month's report refer to it.");
            ImmutableArray<string> actions = [.. (s.Actions ?? []).Select((a, k) => read.Text(a, $"{at}.actions[{k}]", ""))];
            int? priority = s.Priority is null ? null : read.WholeNumberBetween(s.Priority, $"{at}.priority", 1, 1, 1000, "1");
            defined.Add(new Checked(
                i, id, read.Text(s.Name, $"{at}.name", ""),
                s.NameEn is null ? null : read.Text(s.NameEn, $"{at}.name_en", ""),
                read.Choice(s.Goal, $"{at}.goal", SegmentGoal.Retention, Goals, "retention or acquisition"),
                read.Text(s.Rule, $"{at}.rule", ""), actions, priority,
                read.Choice(s.CompareSubgroups, $"{at}.compare_subgroups", false, Booleans, "true or false")));
        }

        DiscoveryDto d = dto.Discovery ?? new DiscoveryDto();
        DiscoverySettings discovery = defaults.Discovery with
        {
            MaxConditions = read.WholeNumberBetween(d.MaxConditions, "segments.discovery.max_conditions", defaults.Discovery.MaxConditions, 1, DiscoverySettings.MaxSupportedConditions, "3"),
            MinSize = read.WholeNumberBetween(d.MinSize, "segments.discovery.min_size", defaults.Discovery.MinSize, 1, int.MaxValue, "500"),
            BeamWidth = read.WholeNumberBetween(d.BeamWidth, "segments.discovery.beam_width", defaults.Discovery.BeamWidth, 1, 1000, "20"),
            TopK = read.WholeNumberBetween(d.TopK, "segments.discovery.top_k", defaults.Discovery.TopK, 0, 50, "10"),
            MaxOverlap = read.NumberBetween(d.MaxOverlap, "segments.discovery.max_overlap", defaults.Discovery.MaxOverlap, 0, 1, "0.5"),
            Mode = read.Choice(d.Mode, "segments.discovery.mode", defaults.Discovery.Mode, Modes, "beam or exhaustive"),
            Alpha = read.NumberBetween(d.Alpha, "segments.discovery.alpha", defaults.Discovery.Alpha, 0, 0.5, "0.05"),
            HoldoutShare = read.NumberFrom(d.HoldoutShare, "segments.discovery.holdout_share", defaults.Discovery.HoldoutShare, 0.1, 0.9, "0.5"),
            MaxShare = read.NumberFrom(d.MaxShare, "segments.discovery.max_share", defaults.Discovery.MaxShare, 0.01, 1, "0.4"),
        };
        bool discover = read.Choice(d.Enabled, "segments.discovery.enabled", defaults.Discover, Booleans, "true or false");

        var entries = ImmutableArray.CreateBuilder<CatalogueEntry>();
        for (int i = 0; i < (dto.Catalogue?.Count ?? 0); i++)
        {
            CatalogueDto c = dto.Catalogue![i];
            string at = $"segments.catalogue[{i}]";
            string column = read.Text(c.Column, $"{at}.column", "");
            if (ClientSchema.Find(column) is null)
                read.Bad($"{at}.column", $"'{column}' is not a canonical column.", $"Use one of: {string.Join(", ", ClientSchema.Names)}.");
            entries.Add(new CatalogueEntry(
                column,
                read.Choice(c.Side, $"{at}.side", ConditionSide.Any, Sides, "any, low, middle or high"),
                [.. (c.Actions ?? []).Select((a, k) => read.Text(a, $"{at}.actions[{k}]", ""))]));
        }

        var rest = new SegmentsSettings(
            [],
            discover,
            discovery,
            new ActionCatalogue(entries.ToImmutable()),
            read.Choice(dto.PriorityMetric, "segments.priority_metric", defaults.Priority, Metrics, "excess_churners or value_at_risk"),
            read.WholeNumberBetween(dto.DetailSlides, "segments.detail_slides", defaults.DetailSlides, 0, 10, "3"))
        {
            ClientListColumns = ClientListColumns(dto.ClientList?.Columns, read),
            ClientListMaxRows = read.WholeNumber(dto.ClientList?.MaxRows, "segments.client_list.max_rows", SegmentsSettings.DefaultClientListMaxRows, 0, "1000000"),
        };
        return new Section(defined, rest);
    }

    public static SegmentsSettings Parse(Section section, ConfigLocations locations) => section.Rest with
    {
        Defined =
        [
            .. section.Defined.Select(s => new SegmentDefinition(
                s.Id, s.Name, s.Goal,
                Rule.Parse(s.Rule, $"segment '{s.Name}'", locations.At($"segments.defined[{s.Index}].rule")),
                s.Actions, s.Priority, s.Compare, s.EnglishName)),
        ],
    };

    /// <summary>
    /// <c>segments.client_list.columns</c>: canonical columns other than churn (always 0 on a list of current clients),
    /// each once. A misspelt name is refused with the nearest valid one, since a silently dropped column would leave
    /// marketing without it and a silently kept one could leak personal data.
    /// </summary>
    private static ImmutableArray<string> ClientListColumns(List<string?>? written, ConfigValueReader read)
    {
        if (written is null)
            return SegmentsSettings.DefaultClientListColumns;
        string[] valid = [.. ClientSchema.Names.Where(n => n != ClientSchema.Churn)];
        var columns = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < written.Count; i++)
        {
            string item = $"segments.client_list.columns[{i}]";
            string name = (written[i] ?? "").Trim();
            if (!valid.Contains(name, StringComparer.Ordinal))
            {
                string? nearest = KeySuggestion.Nearest(name, valid);
                read.Bad(item, $"'{name}' is not a column a client list can show.",
                    nearest is null ? $"Use one of: {string.Join(", ", valid)}." : $"Did you mean '{nearest}'? Valid columns: {string.Join(", ", valid)}.");
            }
            else if (columns.Contains(name))
            {
                read.Bad(item, $"'{name}' is listed twice.", "Remove the repeated item.");
            }
            else
            {
                columns.Add(name);
            }
        }

        return columns.ToImmutable();
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdPattern();
}
