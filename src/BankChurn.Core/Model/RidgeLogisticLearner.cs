namespace BankChurn.Core.Model;

/// <summary>
/// The baseline: logistic regression on the features standardised by their training mean and standard deviation, with
/// the ridge penalty ½‖w‖² on the weights (not the intercept), fitted by Newton's method. This is the model scikit-learn's
/// <c>LogisticRegression(C=1)</c> fits on <c>StandardScaler</c> output, and a test holds the two together. It is exact and
/// takes milliseconds at the sizes the model learns from, where a general-purpose optimiser took most of a second.
/// </summary>
public sealed class RidgeLogisticLearner : IChurnLearner
{
    private const int MaxIterations = 100;

    public string Method => "logistic_regression";

    public IChurnScorer Fit(FeatureMatrix features, bool[] churned, int seed)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(churned);
        ArgumentOutOfRangeException.ThrowIfNotEqual(churned.Length, features.Rows);
        int n = features.Rows, p = features.Width;
        (double[] mean, double[] scale) = Standardisation(features);
        var x = new double[n * p];
        for (int r = 0; r < n; r++)
        {
            ReadOnlySpan<float> row = features.Row(r);
            for (int j = 0; j < p; j++) x[r * p + j] = (row[j] - mean[j]) / scale[j];
        }
        // Parameters: the intercept at index p, the weights before it.
        var beta = new double[p + 1];
        var gradient = new double[p + 1];
        var hessian = new double[(p + 1) * (p + 1)];
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            Array.Clear(gradient);
            Array.Clear(hessian);
            for (int r = 0; r < n; r++)
            {
                ReadOnlySpan<double> xr = x.AsSpan(r * p, p);
                double eta = beta[p];
                for (int j = 0; j < p; j++) eta += beta[j] * xr[j];
                double prob = Sigmoid(eta), weight = prob * (1 - prob), residual = prob - (churned[r] ? 1 : 0);
                for (int j = 0; j < p; j++)
                {
                    gradient[j] += residual * xr[j];
                    double wx = weight * xr[j];
                    for (int k = 0; k <= j; k++) hessian[j * (p + 1) + k] += wx * xr[k];
                    hessian[p * (p + 1) + j] += wx;
                }
                gradient[p] += residual;
                hessian[p * (p + 1) + p] += weight;
            }
            for (int j = 0; j < p; j++)
            {
                gradient[j] += beta[j];
                hessian[j * (p + 1) + j] += 1;
            }
            double[] step = SolveSymmetric(hessian, gradient, p + 1);
            double largest = 0;
            for (int j = 0; j <= p; j++)
            {
                beta[j] -= step[j];
                largest = Math.Max(largest, Math.Abs(step[j]));
            }
            if (largest < 1e-12)
                break;
        }
        return new Scorer(mean, scale, beta);
    }

    private static double Sigmoid(double eta) => eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));

    // The population standard deviation, as StandardScaler uses; a constant feature keeps scale 1 (it becomes 0).
    private static (double[] Mean, double[] Scale) Standardisation(FeatureMatrix features)
    {
        int n = features.Rows, p = features.Width;
        var mean = new double[p];
        var scale = new double[p];
        for (int r = 0; r < n; r++)
        {
            ReadOnlySpan<float> row = features.Row(r);
            for (int j = 0; j < p; j++) mean[j] += row[j];
        }
        for (int j = 0; j < p; j++) mean[j] /= Math.Max(n, 1);
        for (int r = 0; r < n; r++)
        {
            ReadOnlySpan<float> row = features.Row(r);
            for (int j = 0; j < p; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        }
        for (int j = 0; j < p; j++)
        {
            double sd = Math.Sqrt(scale[j] / Math.Max(n, 1));
            scale[j] = sd > 0 ? sd : 1;
        }
        return (mean, scale);
    }

    // Solves H·s = g for the symmetric positive definite H whose lower triangle is filled (Cholesky).
    private static double[] SolveSymmetric(double[] h, double[] g, int size)
    {
        var l = new double[size * size];
        for (int i = 0; i < size; i++)
            for (int j = 0; j <= i; j++)
            {
                double sum = h[i * size + j];
                for (int k = 0; k < j; k++) sum -= l[i * size + k] * l[j * size + k];
                l[i * size + j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-300)) : sum / l[j * size + j];
            }
        var y = new double[size];
        for (int i = 0; i < size; i++)
        {
            double sum = g[i];
            for (int k = 0; k < i; k++) sum -= l[i * size + k] * y[k];
            y[i] = sum / l[i * size + i];
        }
        var s = new double[size];
        for (int i = size - 1; i >= 0; i--)
        {
            double sum = y[i];
            for (int k = i + 1; k < size; k++) sum -= l[k * size + i] * s[k];
            s[i] = sum / l[i * size + i];
        }
        return s;
    }

    /// <summary>The fitted linear score (log-odds) of each row; calibration maps it to a probability.</summary>
    private sealed class Scorer(double[] mean, double[] scale, double[] beta) : IChurnScorer
    {
        public double[] Score(FeatureMatrix features)
        {
            ArgumentNullException.ThrowIfNull(features);
            int p = mean.Length;
            var scores = new double[features.Rows];
            for (int r = 0; r < features.Rows; r++)
            {
                ReadOnlySpan<float> row = features.Row(r);
                double eta = beta[p];
                for (int j = 0; j < p; j++) eta += beta[j] * ((row[j] - mean[j]) / scale[j]);
                scores[r] = eta;
            }
            return scores;
        }
    }
}
