using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Model;

/// <summary>Learns each client's churn probability out of fold and measures the model against its baseline.</summary>
public static class ChurnModeling
{
    public const int CalibrationBins = 10;

    /// <summary>
    /// The model's findings on <paramref name="table"/>, or null when the month has too few churners or stayers for
    /// every fold to learn both (the report then says so and ranks by the cell probability).
    /// </summary>
    public static ModelFindings? Run(ClientTable table, ModelSettings settings, ChurnLearners learners, int seed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(learners);
        bool[] churned = new bool[table.RowCount];
        foreach (int row in table.Churned) churned[row] = true;
        int churners = table.Churned.Count, minimum = CrossFitting.MinimumPerClass(settings.Folds);
        if (churners < minimum || table.RowCount - churners < minimum)
            return null;
        FeatureMatrix features = ChurnFeatures.Build(table, settings.Exclude);
        if (features.Width == 0)
            return null;
        var options = new CrossFitOptions(settings.Folds, settings.SampleRows, seed, settings.CalibrationShare) { Calibration = settings.Calibration };
        CrossFitted model = CrossFitting.Run(features, churned, learners.Model, options);
        CrossFitted baseline = CrossFitting.Run(features, churned, learners.Baseline, options with { Importance = false });
        (double auc, Interval confidence) = RocAuc.WithInterval(model.Probability, churned);
        return new ModelFindings(
            learners.Model.Method,
            [.. features.Columns.Select(c => c.Name)],
            [.. settings.Exclude],
            settings.Folds,
            model.TrainingRows,
            auc,
            confidence,
            learners.Baseline.Method,
            RocAuc.Of(baseline.Probability, churned),
            Brier(model.Probability, churned),
            Deciles(model.Probability, churned),
            model.Importance,
            model.Probability);
    }

    public static double Brier(double[] probability, bool[] churned)
    {
        ArgumentNullException.ThrowIfNull(probability);
        ArgumentNullException.ThrowIfNull(churned);
        double sum = 0;
        for (int i = 0; i < probability.Length; i++)
        {
            double d = probability[i] - (churned[i] ? 1 : 0);
            sum += d * d;
        }
        return probability.Length == 0 ? 0 : sum / probability.Length;
    }

    /// <summary>Ten groups of (near) equal size by predicted probability, ties kept in row order, each with its mean prediction and observed churn share.</summary>
    public static ImmutableArray<CalibrationBin> Deciles(double[] probability, bool[] churned)
    {
        ArgumentNullException.ThrowIfNull(probability);
        ArgumentNullException.ThrowIfNull(churned);
        int n = probability.Length;
        int[] order = Order(probability, descending: false);
        var bins = ImmutableArray.CreateBuilder<CalibrationBin>(CalibrationBins);
        for (int b = 0; b < CalibrationBins; b++)
        {
            int from = (int)((long)n * b / CalibrationBins), to = (int)((long)n * (b + 1) / CalibrationBins);
            if (to <= from) continue;
            double predicted = 0;
            int leavers = 0;
            for (int i = from; i < to; i++)
            {
                predicted += probability[order[i]];
                if (churned[order[i]]) leavers++;
            }
            bins.Add(new CalibrationBin(predicted / (to - from), (double)leavers / (to - from), to - from));
        }
        return bins.ToImmutable();
    }

    /// <summary>The number of churners among the <paramref name="top"/> clients of highest probability (ties in row order).</summary>
    public static int ChurnersInTop(double[] probability, bool[] churned, int top)
    {
        ArgumentNullException.ThrowIfNull(probability);
        ArgumentNullException.ThrowIfNull(churned);
        return Order(probability, descending: true).Take(top).Count(r => churned[r]);
    }

    /// <summary>The rows ordered by <paramref name="values"/>, ties in row order: what a stable sort gives, at the cost of one array sort.</summary>
    public static int[] Order(double[] values, bool descending)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Length;
        var keys = new double[n];
        var order = new int[n];
        for (int r = 0; r < n; r++)
        {
            keys[r] = descending ? -values[r] : values[r];
            order[r] = r;
        }
        Array.Sort(keys, order);
        for (int start = 0; start < n;)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start]) end++;
            if (end - start > 1)
                Array.Sort(order, start, end - start);
            start = end;
        }
        return order;
    }
}
