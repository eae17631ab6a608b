using System.Collections.Immutable;

namespace BankChurn.Core.Model;

/// <summary>
/// Seeded stratified k-fold cross-fitting: every row gets a fold; the model of fold k learns from the training rows of
/// the other folds and scores fold k, so no row's probability comes from a model that saw it. Inside each fold a
/// stratified <see cref="CrossFitOptions.CalibrationShare"/> of the training rows is held back from the learner to fit
/// the fold's Platt scaling, so calibration never sees the rows it maps either.
/// </summary>
public static class CrossFitting
{
    /// <summary>The minimum number of churners and of stayers a table needs for every fold to learn both.</summary>
    public static int MinimumPerClass(int folds) => 2 * folds;

    public static CrossFitted Run(FeatureMatrix features, bool[] churned, IChurnLearner learner, CrossFitOptions options)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(churned);
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNotEqual(churned.Length, features.Rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Folds, 2);
        int n = features.Rows, folds = options.Folds;
        var random = new Random(options.Seed);
        // Training rows: everyone, or a stratified sample of a large month. Every row, sampled or not, gets a fold.
        bool[] training = TrainingSample(churned, options.SampleRows, random);
        int[] foldOfRow = StratifiedFolds(churned, training, folds, random);
        var probability = new double[n];
        int trainingRows = training.Count(t => t);
        // Each fold draws from its own seeded generator, so the folds can learn in parallel and still give the same
        // figures on every run and machine; the learners themselves are single-threaded and seeded.
        int[] foldSeeds = [.. Enumerable.Range(0, folds).Select(_ => random.Next())];
        var foldImportance = new double[folds][];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fold =>
        {
            var foldRandom = new Random(foldSeeds[fold]);
            var fit = new List<int>();
            var calibrate = new List<int>();
            SplitTraining(churned, training, foldOfRow, fold, options.CalibrationShare, foldRandom, fit, calibrate);
            var scored = new List<int>();
            for (int row = 0; row < n; row++)
                if (foldOfRow[row] == fold) scored.Add(row);
            IChurnScorer scorer = learner.Fit(features.Gather(fit), [.. fit.Select(r => churned[r])], foldRandom.Next());
            double[] calibrationScores = scorer.Score(features.Gather(calibrate));
            Func<double, double> calibration = Calibrator(calibrationScores, [.. calibrate.Select(r => churned[r])], options.Calibration);
            double[] scores = scorer.Score(features.Gather(scored));
            for (int i = 0; i < scored.Count; i++)
                probability[scored[i]] = calibration(scores[i]);
            foldImportance[fold] = new double[features.Columns.Length];
            if (options.Importance)
                AddImportance(features, churned, training, scored, scorer, options.ImportanceRows, foldRandom, foldImportance[fold]);
        });
        var importance = new double[features.Columns.Length];
        foreach (double[] fromFold in foldImportance)
            for (int c = 0; c < importance.Length; c++) importance[c] += fromFold[c];
        ImmutableArray<FeatureImportance> ranked =
        [
            .. features.Columns
                .Select((column, c) => new FeatureImportance(column.Name, options.Importance ? importance[c] / folds : 0))
                .OrderByDescending(f => f.AucDrop).ThenBy(f => f.Column, StringComparer.Ordinal),
        ];
        return new CrossFitted(probability, foldOfRow, trainingRows, ranked);
    }

    private static Func<double, double> Calibrator(double[] scores, bool[] churned, CalibrationMethod method)
    {
        if (method == CalibrationMethod.Platt)
        {
            PlattScaling platt = PlattScaling.Fit(scores, churned);
            return platt.Apply;
        }
        return IsotonicCalibration.Fit(scores, churned).Apply;
    }

    private static bool[] TrainingSample(bool[] churned, int sampleRows, Random random)
    {
        int n = churned.Length;
        var training = new bool[n];
        if (n <= sampleRows)
        {
            Array.Fill(training, true);
            return training;
        }
        // The same share of churners and stayers, so the sample's churn share is the month's.
        foreach (bool group in new[] { true, false })
        {
            int[] rows = [.. Enumerable.Range(0, n).Where(r => churned[r] == group)];
            random.Shuffle(rows);
            int take = (int)Math.Round((double)rows.Length * sampleRows / n);
            foreach (int row in rows.AsSpan(0, take)) training[row] = true;
        }
        return training;
    }

    private static int[] StratifiedFolds(bool[] churned, bool[] training, int folds, Random random)
    {
        int n = churned.Length;
        var foldOfRow = new int[n];
        // Training rows: churners and stayers each dealt round the folds in a seeded order, so every fold has the
        // month's churn share. Rows outside the sample are dealt the same way; no model learns from them.
        foreach (bool inSample in new[] { true, false })
            foreach (bool group in new[] { true, false })
            {
                int[] rows = [.. Enumerable.Range(0, n).Where(r => training[r] == inSample && churned[r] == group)];
                random.Shuffle(rows);
                for (int i = 0; i < rows.Length; i++) foldOfRow[rows[i]] = i % folds;
            }
        return foldOfRow;
    }

    private static void SplitTraining(bool[] churned, bool[] training, int[] foldOfRow, int fold, double calibrationShare,
        Random random, List<int> fit, List<int> calibrate)
    {
        foreach (bool group in new[] { true, false })
        {
            int[] rows = [.. Enumerable.Range(0, churned.Length).Where(r => training[r] && foldOfRow[r] != fold && churned[r] == group)];
            random.Shuffle(rows);
            int held = Math.Max(1, (int)Math.Round(rows.Length * calibrationShare));
            calibrate.AddRange(rows.AsSpan(0, held));
            fit.AddRange(rows.AsSpan(held));
        }
        fit.Sort();
        calibrate.Sort();
    }

    /// <summary>
    /// Permutation importance (Breiman 2001; Fisher, Rudin and Dominici 2019) on the fold's held-out training-sample rows:
    /// the AUC of the fold model minus its AUC with one column's features shuffled among those rows, added per column.
    /// </summary>
    private static void AddImportance(FeatureMatrix features, bool[] churned, bool[] training, List<int> scored,
        IChurnScorer scorer, int maxRows, Random random, double[] importance)
    {
        int[] rows = [.. scored.Where(r => training[r])];
        if (rows.Length > maxRows)
        {
            random.Shuffle(rows);
            rows = rows[..maxRows];
            Array.Sort(rows);
        }
        bool[] labels = [.. rows.Select(r => churned[r])];
        FeatureMatrix heldOut = features.Gather(rows);
        double auc = RocAuc.Of(scorer.Score(heldOut), labels);
        for (int c = 0; c < features.Columns.Length; c++)
        {
            int[] order = [.. Enumerable.Range(0, rows.Length)];
            random.Shuffle(order);
            double permuted = RocAuc.Of(scorer.Score(heldOut.WithPermuted(features.Columns[c], order)), labels);
            importance[c] += auc - permuted;
        }
    }
}
