using System.Collections.Immutable;
using BankChurn.Core.Analysis.PhiK;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Config;

/// <summary>Checks the <c>analysis:</c> and <c>value:</c> sections and applies their defaults (the values in <see cref="AnalysisSettings.Default"/>).</summary>
internal static class ConfigAnalysis
{
    private static readonly Dictionary<string, KdeBandwidthRule> BandwidthRules = new()
    {
        ["scott"] = KdeBandwidthRule.Scott,
        ["silverman"] = KdeBandwidthRule.Silverman,
    };

    private static readonly Dictionary<string, PhiKBinning> PhiKBinnings = new()
    {
        ["quantile"] = PhiKBinning.QuantileWithMissing,
        ["uniform"] = PhiKBinning.Uniform,
    };

    public static AnalysisSettings Analysis(AnalysisDto? dto, ConfigValueReader read)
    {
        AnalysisSettings defaults = AnalysisSettings.Default;
        if (dto is null)
            return defaults;
        return new AnalysisSettings(
            Categorical: Columns(dto.Categorical, "analysis.categorical", defaults.Categorical, IsCategorical, "a category or whole-number column: city, gender, products, equity, credit_card or last_activity", read),
            Continuous: Columns(dto.Continuous, "analysis.continuous", defaults.Continuous, IsContinuous, "a numeric column: score, age, balance, est_salary, equity or products", read),
            QuantileBins: read.WholeNumberBetween(dto.QuantileBins, "analysis.quantile_bins", defaults.QuantileBins, 2, 50, "10"),
            HistogramBins: read.WholeNumberBetween(dto.HistogramBins, "analysis.histogram_bins", defaults.HistogramBins, 2, 200, "30"),
            KdeBandwidth: read.Choice(dto.KdeBandwidth, "analysis.kde_bandwidth", defaults.KdeBandwidth, BandwidthRules, "scott or silverman"),
            ProneAlpha: read.NumberBetween(dto.ProneAlpha, "analysis.prone_alpha", defaults.ProneAlpha, 0, 0.5, "0.05"))
        {
            PhiKBinning = read.Choice(dto.PhikBinning, "analysis.phik_binning", defaults.PhiKBinning, PhiKBinnings, "quantile or uniform"),
            MaxLevels = read.WholeNumberBetween(dto.MaxLevels, "analysis.max_levels", defaults.MaxLevels, 2, 200, "30"),
            MinEffect = MinEffect(dto.MinEffect, read),
        };
    }

    private static MinimumEffects MinEffect(MinEffectDto? dto, ConfigValueReader read)
    {
        MinimumEffects defaults = MinimumEffects.Default;
        return dto is null ? defaults : new MinimumEffects(
            read.NumberFrom(dto.CohensD, "analysis.min_effect.cohens_d", defaults.CohensD, 0, 5, "0.2"),
            read.NumberFrom(dto.RankBiserial, "analysis.min_effect.rank_biserial", defaults.RankBiserial, 0, 1, "0.1"),
            read.NumberFrom(dto.CohensH, "analysis.min_effect.cohens_h", defaults.CohensH, 0, Math.PI, "0.2"));
    }

    /// <summary>The value formula's text and description; the formula is parsed later, with the rules, on an otherwise valid config.</summary>
    public static (string Formula, string Description) Value(ValueDto? dto, ConfigValueReader read) => (
        read.Text(dto?.Formula, "value.formula", ValueSettings.DefaultFormula),
        read.Text(dto?.Description, "value.description", ValueSettings.DefaultDescription));

    public static ValueSettings ParseValue((string Formula, string Description) value, ConfigLocations locations) => new(
        ValueExpression.Parse(value.Formula, "value formula", locations.At("value.formula")),
        value.Description);

    private static bool IsCategorical(CanonicalColumn column) => column.IsCategory || column is { IsNumeric: true, WholeNumber: true };

    private static bool IsContinuous(CanonicalColumn column) => column.IsNumeric;

    /// <summary>
    /// A list of canonical columns, each of the right kind and named once. An empty list is allowed (the block then shows
    /// nothing); a name that is not a canonical column is refused with the list of valid ones.
    /// </summary>
    private static ImmutableArray<string> Columns(
        List<string?>? written, string path, ImmutableArray<string> fallback, Func<CanonicalColumn, bool> fits, string kind, ConfigValueReader read)
    {
        if (written is null)
            return fallback;
        var columns = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < written.Count; i++)
        {
            string item = $"{path}[{i}]";
            string name = (written[i] ?? "").Trim();
            CanonicalColumn? column = ClientSchema.Find(name);
            if (column is null)
                read.Bad(item, $"'{name}' is not a canonical column.", $"Use one of: {string.Join(", ", ClientSchema.Columns.Where(fits).Select(c => c.Name))}.");
            else if (!fits(column))
                read.Bad(item, $"'{name}' cannot be analysed here.", $"Write {kind}.");
            else if (columns.Contains(name))
                read.Bad(item, $"'{name}' is listed twice.", "Remove the repeated item.");
            else
                columns.Add(name);
        }

        return columns.ToImmutable();
    }
}
