using System.Collections.Immutable;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Hypotheses;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Analysis.Portraits;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Analysis.Value;

namespace BankChurn.Core.Analysis;

/// <summary>Everything the analysis found, block by block; the report and results.json are built from it.</summary>
/// <param name="ByFeature">Churn by level of each categorical column of the config, in its order.</param>
/// <param name="Drivers">Each continuous column of the config, in its order.</param>
public sealed record ChurnFindings(
    DataQualityFindings Quality,
    ChurnRate Overall,
    ImmutableArray<FeatureChurn> ByFeature,
    ImmutableArray<ContinuousDriver> Drivers,
    PortraitFindings Portraits,
    ValueFindings Value,
    CorrelationFindings Correlations,
    ImmutableArray<HypothesisResult> Hypotheses,
    Segments.SegmentFindings Segments)
{
    /// <summary>SPEC analysis block 9, month over month; init-only so that existing construction sites keep compiling.</summary>
    public Changes.ChangeFindings Changes { get; init; } = BankChurn.Core.Changes.ChangeFindings.None;

    /// <summary>The per-client churn model, measured out of fold; null when it was not run or the month is too small to learn from.</summary>
    public Model.ModelFindings? Model { get; init; }

    /// <summary>The retention plan: whom to contact, in which campaign, and the control groups; null when not planned.</summary>
    public Campaigns.CampaignPlan? Plan { get; init; }

    /// <summary>For a run counted in the database (input.pushdown_rows): the sample and which figures came from where; null otherwise.</summary>
    public Warehouse.PushdownSummary? Pushdown { get; init; }
}
