using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BankChurn.Core.Rules;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Config;

/// <summary>Checks the <c>hypotheses:</c> list; its rules and metrics are parsed with the other rules, on an otherwise valid config.</summary>
internal static partial class ConfigHypotheses
{
    public const double DefaultAlpha = 0.05;

    private static readonly Dictionary<string, HypothesisTest> Tests = new()
    {
        ["auto"] = HypothesisTest.Auto,
        ["welch_t"] = HypothesisTest.WelchT,
        ["mann_whitney"] = HypothesisTest.MannWhitney,
        ["chi2"] = HypothesisTest.ChiSquare,
        ["two_proportion_z"] = HypothesisTest.TwoProportionZ,
    };

    private static readonly Dictionary<string, HypothesisDirection> Directions = new()
    {
        ["two_sided"] = HypothesisDirection.TwoSided,
        ["a_greater"] = HypothesisDirection.AGreater,
        ["a_less"] = HypothesisDirection.ALess,
    };

    /// <summary>A hypothesis with its texts checked, waiting for its rules to be parsed.</summary>
    internal sealed record Checked(int Index, string Id, string Title, string? TitleEn, string Metric, Side A, Side B, HypothesisTest Test, double Alpha, HypothesisDirection Direction);

    /// <summary>One group of a hypothesis as written: its names and its rule, not yet parsed.</summary>
    internal sealed record Side(string Name, string? NameEn, string Rule);

    public static List<Checked> Check(List<HypothesisDto>? written, ConfigValueReader read)
    {
        var result = new List<Checked>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < (written?.Count ?? 0); i++)
        {
            HypothesisDto dto = written![i];
            string at = $"hypotheses[{i}]";
            string id = read.Text(dto.Id, $"{at}.id", "");
            if (!IdPattern().IsMatch(id))
                read.Bad($"{at}.id", $"'{id}' is not a usable id.", "Use lower-case letters, digits and underscores, starting with a letter (e.g. income_churned_vs_retained).");
            else if (!ids.Add(id))
                read.Bad($"{at}.id", $"the id '{id}' is used twice.", "Give each hypothesis its own id: results.json and the deck refer to it.");
            result.Add(new Checked(
                i,
                id,
                read.Text(dto.Title, $"{at}.title", ""),
                dto.TitleEn is null ? null : read.Text(dto.TitleEn, $"{at}.title_en", ""),
                read.Text(dto.Metric, $"{at}.metric", ""),
                Group(dto.GroupA, $"{at}.group_a", read),
                Group(dto.GroupB, $"{at}.group_b", read),
                read.Choice(dto.Test, $"{at}.test", HypothesisTest.Auto, Tests, "auto, welch_t, mann_whitney, chi2 or two_proportion_z"),
                read.NumberBetween(dto.Alpha, $"{at}.alpha", DefaultAlpha, 0, 0.5, "0.05"),
                read.Choice(dto.Direction, $"{at}.direction", HypothesisDirection.TwoSided, Directions, "two_sided, a_greater or a_less")));
        }
        return result;
    }

    private static Side Group(HypothesisGroupDto? group, string at, ConfigValueReader read) => new(
        read.Text(group?.Name, $"{at}.name", ""),
        group?.NameEn is null ? null : read.Text(group.NameEn, $"{at}.name_en", ""),
        read.Text(group?.Rule, $"{at}.rule", ""));

    public static ImmutableArray<HypothesisSettings> Parse(List<Checked> hypotheses, ConfigLocations locations) =>
    [
        .. hypotheses.Select(h =>
        {
            string at = $"hypotheses[{h.Index}]";
            string owner = $"hypothesis '{h.Id}'";
            return new HypothesisSettings(
                h.Id,
                h.Title,
                ValueExpression.Parse(h.Metric, owner + " metric", locations.At($"{at}.metric")),
                new HypothesisGroup(h.A.Name, Rule.Parse(h.A.Rule, owner + " group_a", locations.At($"{at}.group_a.rule")), h.A.NameEn),
                new HypothesisGroup(h.B.Name, Rule.Parse(h.B.Rule, owner + " group_b", locations.At($"{at}.group_b.rule")), h.B.NameEn),
                h.Test,
                h.Alpha,
                h.TitleEn) { Direction = h.Direction };
        }),
    ];

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdPattern();
}
