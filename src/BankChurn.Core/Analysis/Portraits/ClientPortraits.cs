using System.Collections.Immutable;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Overview;

namespace BankChurn.Core.Analysis.Portraits;

/// <summary>Builds the portraits from the overview and driver figures already computed, so no column is read twice.</summary>
public static class ClientPortraits
{
    public static PortraitFindings Of(ChurnRate overall, ImmutableArray<FeatureChurn> features, ImmutableArray<ContinuousDriver> drivers)
    {
        ArgumentNullException.ThrowIfNull(overall);
        int churned = overall.Churned, retained = overall.Clients - overall.Churned;
        ImmutableArray<LevelPortrait> levels = [.. features.Select(f => Levels(f, churned, retained))];
        ImmutableArray<NumericPortrait> numeric = [.. drivers.Select(d => new NumericPortrait(d.Column, d.Churned, d.Retained, RelativeDifference(d.Churned, d.Retained)))];
        return new PortraitFindings(churned, retained, levels, numeric);
    }

    private static LevelPortrait Levels(FeatureChurn feature, int churned, int retained)
    {
        ImmutableArray<PortraitLevel> levels =
        [
            .. feature.Levels.Select(l =>
            {
                int c = l.Churn.Churned, r = l.Churn.Clients - l.Churn.Churned;
                return new PortraitLevel(l.Level, l.IsMissing, c, r, Share(c, churned), Share(r, retained));
            }),
        ];
        // The mode is a real level: a majority of missing values says nothing about who the clients are.
        PortraitLevel? Mode(Func<PortraitLevel, int> count) =>
            levels.Where(l => !l.IsMissing && count(l) > 0).OrderByDescending(count).FirstOrDefault();
        return new LevelPortrait(feature.Column, levels, Mode(l => l.Churned), Mode(l => l.Retained));
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double? RelativeDifference(NumericSummary? churned, NumericSummary? retained) =>
        churned is null || retained is null || retained.Mean == 0 ? null : (churned.Mean - retained.Mean) / retained.Mean;
}
