namespace BankChurn.Core.Model;

/// <summary>
/// Isotonic calibration (Zadrozny and Elkan 2002): the non-decreasing step function of the score closest to the churn
/// flags in squared error, fitted by pool-adjacent-violators on rows the scored model did not see. Between the centres
/// of two blocks the probability is interpolated linearly, so that close scores get close probabilities instead of a
/// jump at a block edge (as scikit-learn's IsotonicRegression predicts); beyond the outer blocks it is flat.
/// </summary>
public sealed class IsotonicCalibration
{
    private readonly double[] _score;
    private readonly double[] _probability;

    private IsotonicCalibration(double[] score, double[] probability)
    {
        _score = score;
        _probability = probability;
    }

    public static IsotonicCalibration Fit(ReadOnlySpan<double> scores, ReadOnlySpan<bool> churned)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Length, churned.Length);
        int n = scores.Length;
        int[] order = new int[n];
        double[] keys = scores.ToArray();
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(keys, order);
        // Equal scores are pooled first: a step function cannot tell them apart.
        var mean = new List<double>();
        var weight = new List<double>();
        var centre = new List<double>();
        for (int start = 0; start < n;)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start]) end++;
            double leavers = 0;
            for (int j = start; j < end; j++) if (churned[order[j]]) leavers++;
            mean.Add(leavers / (end - start));
            weight.Add(end - start);
            centre.Add(keys[start] * (end - start));
            start = end;
            // Pool adjacent violators: merge backwards while the block before is higher.
            while (mean.Count > 1 && mean[^2] >= mean[^1])
            {
                int last = mean.Count - 1;
                double w = weight[last - 1] + weight[last];
                mean[last - 1] = (mean[last - 1] * weight[last - 1] + mean[last] * weight[last]) / w;
                weight[last - 1] = w;
                centre[last - 1] += centre[last];
                mean.RemoveAt(last);
                weight.RemoveAt(last);
                centre.RemoveAt(last);
            }
        }
        double[] at = [.. centre.Select((sum, i) => sum / weight[i])];
        return new IsotonicCalibration(at, [.. mean]);
    }

    public double Apply(double score)
    {
        if (_score.Length == 0) return 0;
        if (score <= _score[0]) return _probability[0];
        if (score >= _score[^1]) return _probability[^1];
        int hi = Array.BinarySearch(_score, score);
        if (hi >= 0) return _probability[hi];
        hi = ~hi;
        int lo = hi - 1;
        double t = (score - _score[lo]) / (_score[hi] - _score[lo]);
        return _probability[lo] + t * (_probability[hi] - _probability[lo]);
    }
}
