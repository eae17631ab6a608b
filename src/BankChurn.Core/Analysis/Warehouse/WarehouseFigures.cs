using System.Collections.Immutable;
using System.Globalization;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Analysis.Value;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Analysis.Warehouse;

/// <summary>
/// A pushed-down run's findings: the analysis ran on the seeded sample, and every figure that is a count or a sum is
/// then replaced by the database's own over the whole source (rows, missing values, duplicates, exclusions, churn
/// overall and by level, the value block, every segment's figures and the defined segments' tests), so that those
/// figures are the ones the whole table gives. What needs the rows themselves (ranks, densities, correlations,
/// discovery's search and holdout, the model, portraits, the campaign plan) stays on the sample, and
/// <see cref="PushdownSummary"/> says which is which.
/// </summary>
public static class WarehouseFigures
{
    /// <summary>The results.json blocks and fields counted over the whole source.</summary>
    public static ImmutableArray<string> ExactFigures { get; } =
    [
        "data.rows_read", "data.rows_used", "data.rows_rejected", "data.rows_excluded", "data.missing", "data.duplicates",
        "data.exclusions", "data.missingness[].churn", "churn (clients, churned, rate, interval)", "churn.by_feature",
        "drivers (summaries, quantile bins, churn-prone ranges)", "value", "segments[] figures (clients, churned, rate, lift, value, at risk, excess churners, p-values of defined segments)",
    ];

    /// <summary>What a pushed-down run does not write: each would list only the sampled clients.</summary>
    public static ImmutableArray<string> NotWritten { get; } = ["scores.csv", "the workbook's client lists", "figures of several segments together"];

    /// <summary>The results.json blocks computed on the seeded sample.</summary>
    public static ImmutableArray<string> SampleFigures { get; } =
    [
        "data.missingness[].associations", "drivers[].distribution (rank test, histograms, densities)", "portraits", "correlations", "hypotheses",
        "segments: which discovered segments were found and their holdout test", "segments[].priority (ranked among the discovered ones)",
        "segments[].profile", "segments[].subgroups",
        "model", "campaign", "changes",
    ];

    public static ChurnFindings Apply(ChurnFindings findings, IWarehouse warehouse, ReportSettings settings, int sampleRows)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(settings);
        WarehouseCounts counts = warehouse.Counts;
        ChurnRate overall = ChurnRate.Of("all", counts.RowsUsed, counts.Churned);
        Func<string, string, bool> levelKept = LevelsKept(counts, settings.Analysis.MaxLevels);
        var fromSample = new List<string>(SampleFigures);
        ImmutableArray<FeatureChurn> byFeature = [.. findings.ByFeature.Select(feature =>
        {
            if (counts.Levels.TryGetValue(feature.Column, out ImmutableArray<LevelTally> levels))
                return Feature(feature.Column, levels, overall, settings);
            fromSample.Add($"churn.by_feature.{feature.Column}");
            return feature;
        })];
        ImmutableArray<ContinuousDriver> drivers = findings.Drivers;
        if (!drivers.IsEmpty && drivers.All(d => counts.Drivers.ContainsKey(d.Column)))
        {
            ContinuousDriver[] binned = [.. drivers.Select(d => Driver(counts.Drivers[d.Column], counts, overall))];
            drivers = [.. ContinuousDrivers.MarkProne(binned, settings.Analysis.ProneAlpha, overall).Select((d, i) => d with { Distribution = findings.Drivers[i].Distribution })];
        }
        else if (!drivers.IsEmpty)
        {
            fromSample.Add("drivers");
        }
        return findings with
        {
            Drivers = drivers,
            Quality = Quality(findings.Quality, counts),
            Overall = overall,
            ByFeature = byFeature,
            Value = Value(findings.Value, counts),
            Segments = Segments(findings.Segments, warehouse, counts, settings, levelKept),
            Pushdown = new PushdownSummary(counts.RowsRead, sampleRows, settings.Seed, ExactFigures, [.. fromSample]),
        };
    }

    private static DataQualityFindings Quality(DataQualityFindings sample, WarehouseCounts counts)
    {
        int valid = counts.RowsRead - counts.RowsRejected;
        ImmutableArray<ColumnMissing> missing = [.. ClientSchema.Columns.Select((column, i) =>
        {
            int count = counts.Missing[i];
            double share = valid == 0 ? 0 : (double)count / valid;
            ColumnMissing? fromSample = sample.Missing.FirstOrDefault(m => m.Column == column.Name);
            if (count == 0 || !counts.MissingChurn.TryGetValue(column.Name, out (int Clients, int Churned) without))
                return new ColumnMissing(column.Name, count, share, null, []);
            int presentClients = counts.RowsUsed - without.Clients, presentChurned = counts.Churned - without.Churned;
            var observed = new long[,]
            {
                { without.Churned, without.Clients - without.Churned },
                { presentChurned, presentClients - presentChurned },
            };
            var churn = new MissingChurn(without.Clients, without.Churned, presentClients, presentChurned, ChiSquare.Independence(observed));
            return new ColumnMissing(column.Name, count, share, churn, fromSample?.Associations ?? []);
        })];
        ImmutableArray<ExclusionCount> exclusions = [.. sample.Exclusions.Select((e, i) => e with { Rows = counts.ExclusionRows[i] })];
        return sample with
        {
            RowsRead = counts.RowsRead,
            RowsRejected = counts.RowsRejected,
            RowsExcluded = counts.ExclusionRows.Sum(),
            RowsUsed = counts.RowsUsed,
            Rejected = [],
            Exclusions = exclusions,
            Duplicates = counts.Duplicates,
            Missing = missing,
        };
    }

    /// <summary>The same levels, order and test <see cref="ChurnOverview.Of(ColumnIndex, string, ChurnRate)"/> gives, from the database's counts.</summary>
    private static FeatureChurn Feature(string column, ImmutableArray<LevelTally> tallies, ChurnRate overall, ReportSettings settings)
    {
        LevelTally? missing = tallies.FirstOrDefault(t => t.IsMissing && t.Clients > 0);
        var present = tallies.Where(t => !t.IsMissing && t.Clients > 0).ToList();
        IEnumerable<FeatureLevel> ordered;
        if (present.Count > 0 && present[0].Label is not null)
        {
            int max = settings.Analysis.MaxLevels;
            if (present.Count > max)
            {
                var byFrequency = present.OrderByDescending(t => t.Clients).ThenBy(t => t.Label, StringComparer.Ordinal).ToList();
                var rest = byFrequency.Skip(max - 1).ToList();
                string label = CategoryGrouping.OtherLabel(rest.Count, settings.Report.IsRussian);
                present = [.. byFrequency.Take(max - 1), new LevelTally(label, null, rest.Sum(t => t.Clients), rest.Sum(t => t.Churned))];
            }
            ordered = present.Select(t => Level(new GroupLevel(t.Label!), false, t.Clients, t.Churned, overall))
                .OrderByDescending(l => l.Churn.Clients).ThenBy(l => l.Level.Label, StringComparer.Ordinal);
        }
        else
        {
            ordered = present.OrderBy(t => t.Value).Select(t =>
                Level(new GroupLevel(t.Value!.Value.ToString(CultureInfo.InvariantCulture), t.Value, t.Value), false, t.Clients, t.Churned, overall));
        }
        ImmutableArray<FeatureLevel> result = missing is not null
            ? [.. ordered, Level(new GroupLevel(ChurnOverview.MissingLabel), true, missing.Clients, missing.Churned, overall)]
            : [.. ordered];
        var observed = new long[result.Length, 2];
        for (int i = 0; i < result.Length; i++)
        {
            observed[i, 0] = result[i].Churn.Churned;
            observed[i, 1] = result[i].Churn.Clients - result[i].Churn.Churned;
        }
        return new FeatureChurn(column, result, ChiSquare.Independence(observed));
    }

    /// <summary>The driver <see cref="ContinuousDrivers.Binned"/> gives, from the database's summaries and bins; churn-prone bins are judged after.</summary>
    private static ContinuousDriver Driver(DriverTally tally, WarehouseCounts counts, ChurnRate overall)
    {
        var bins = ImmutableArray.CreateBuilder<QuantileBin>();
        for (int i = 0; i < tally.Bins.Length; i++)
        {
            BinTally bin = tally.Bins[i];
            if (bin.Clients == 0)
                continue; // a bin between tied cut points that holds nobody
            GroupLevel level = tally.ByValue
                ? new GroupLevel(bin.Low.ToString(CultureInfo.InvariantCulture), bin.Low, bin.Low)
                : new GroupLevel(string.Create(CultureInfo.InvariantCulture, $"{(i == 0 ? "[" : "(")}{bin.Low:G6}; {bin.High:G6}]"), bin.Low, bin.High);
            ChurnRate rate = ChurnRate.Of(level.Label, bin.Clients, bin.Churned);
            bins.Add(new QuantileBin(level, bin.Min, bin.Max, rate, ChurnOverview.Lift(rate.Rate, overall), false)
            {
                PValue = ChurnProneBins.PValue(bin.Clients, bin.Churned, overall.Clients, overall.Churned),
            });
        }
        (int missing, int missingChurned) = counts.MissingChurn.GetValueOrDefault(tally.Column);
        return new ContinuousDriver(tally.Column, tally.Churned, tally.Retained, bins.ToImmutable(), [], ChurnRate.Of(ChurnOverview.MissingLabel, missing, missingChurned));
    }

    private static FeatureLevel Level(GroupLevel level, bool missing, int clients, int churned, ChurnRate overall)
    {
        ChurnRate rate = ChurnRate.Of(level.Label, clients, churned);
        return new FeatureLevel(level, missing, rate, ChurnOverview.Lift(rate.Rate, overall));
    }

    private static ValueFindings Value(ValueFindings sample, WarehouseCounts counts)
    {
        ImmutableArray<CellTally> cells = counts.Cells;
        ImmutableArray<ValueCell> ordered =
        [
            .. cells.OrderBy(c => c.Products ?? double.MaxValue).ThenBy(c => c.Active ?? double.MaxValue)
                .Select(c => new ValueCell(c.Products, c.Active, c.Clients, c.Churned, c.ValueCurrent, c.ValueCurrent * c.Churned / c.Clients)),
        ];
        return sample with
        {
            Clients = counts.RowsUsed,
            Churned = counts.Churned,
            Total = cells.Sum(c => c.Value),
            Lost = cells.Sum(c => c.ValueChurned),
            Current = cells.Sum(c => c.ValueCurrent),
            AtRisk = AtRisk(cells, counts.Cells),
            MissingValues = cells.Sum(c => c.MissingValues),
            Cells = ordered,
        };
    }

    /// <summary>Σ value × the cell's churn share over the current clients of <paramref name="within"/>, as <see cref="ChurnRisk.AtRisk"/> sums it row by row.</summary>
    private static double AtRisk(IEnumerable<CellTally> within, ImmutableArray<CellTally> whole) =>
        within.Sum(c => c.ValueCurrent * (whole.FirstOrDefault(w => w.Products == c.Products && w.Active == c.Active)?.Probability ?? 0));

    private static SegmentFindings Segments(SegmentFindings sample, IWarehouse warehouse, WarehouseCounts counts, ReportSettings settings,
        Func<string, string, bool> levelKept)
    {
        ImmutableArray<Segment> all = [.. sample.Segments, .. sample.Unconfirmed];
        if (all.IsEmpty)
            return sample;
        var location = new SourceLocation("segments");
        ImmutableArray<Rule> rules = [.. all.Select(s => Rule.Parse(s.Rule, $"segment '{s.Id}'", location))];
        ImmutableArray<ImmutableArray<CellTally>> tallies = warehouse.CountSegments(rules, levelKept);
        double baseValue = counts.Cells.Sum(c => c.Value);
        Segment[] measured = [.. all.Select((s, i) => Measured(s, tallies[i], counts, baseValue))];
        // The defined segments' test against the rest of the base is Holm-adjusted over the defined segments, as
        // Segmentation.Define does; a discovered segment keeps its holdout verdict (it was judged on the sample's holdout).
        int[] defined = [.. Enumerable.Range(0, measured.Length).Where(i => measured[i].Source == SegmentSource.Config)];
        double[] adjusted = MultipleTesting.Holm([.. defined.Select(i => measured[i].Figures.PValue)]);
        for (int k = 0; k < defined.Length; k++)
        {
            Segment s = measured[defined[k]];
            measured[defined[k]] = s with { Figures = s.Figures with { PAdjusted = adjusted[k] }, Significant = adjusted[k] < settings.Segments.Discovery.Alpha };
        }
        for (int i = 0; i < measured.Length; i++)
            if (measured[i].Source != SegmentSource.Config)
                measured[i] = measured[i] with { Figures = measured[i].Figures with { PAdjusted = all[i].Figures.PAdjusted } };
        ImmutableArray<Segment> reported = Segmentation.Rank(measured[..sample.Segments.Length], settings.Segments.Priority);
        // Without the table, figures over several segments together (from the sample's rows) and the client lists and
        // scores.csv (which would name only the sampled clients) are left out rather than shown in the sample's units.
        return sample with { Segments = reported, Unconfirmed = [.. measured[sample.Segments.Length..]], Clients = null };
    }

    private static Segment Measured(Segment segment, ImmutableArray<CellTally> cells, WarehouseCounts counts, double baseValue)
    {
        int clients = cells.Sum(c => c.Clients), leavers = cells.Sum(c => c.Churned);
        double value = cells.Sum(c => c.Value), valueChurned = cells.Sum(c => c.ValueChurned);
        SegmentFigures figures = SegmentMeasures.FromCounts(clients, leavers, counts.RowsUsed, counts.Churned, value, valueChurned, AtRisk(cells, counts.Cells));
        double quality = segment.Goal == SegmentGoal.Retention
            ? SegmentQuality.Retention(clients, leavers, counts.RowsUsed, counts.Churned)
            : SegmentQuality.Acquisition(clients, leavers, value, counts.RowsUsed, counts.Churned, baseValue);
        return segment with { Figures = figures with { Priority = segment.Figures.Priority }, Quality = quality };
    }

    /// <summary>Whether a category level is one the analysis keeps under analysis.max_levels, judged on the whole source's counts.</summary>
    private static Func<string, string, bool> LevelsKept(WarehouseCounts counts, int maxLevels)
    {
        var kept = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach ((string column, ImmutableArray<LevelTally> levels) in counts.Levels)
        {
            var labelled = levels.Where(l => l.Label is not null && l.Clients > 0).ToList();
            if (labelled.Count <= maxLevels)
                continue;
            kept[column] = [.. labelled.OrderByDescending(l => l.Clients).ThenBy(l => l.Label, StringComparer.Ordinal).Take(maxLevels - 1).Select(l => l.Label!)];
        }
        return (column, level) => !kept.TryGetValue(column, out HashSet<string>? levels) || levels.Contains(level);
    }
}
