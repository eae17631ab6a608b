using System.Diagnostics;
using System.Globalization;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Clients;
using BankChurn.Core.Model;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;
using BankChurn.ML;

namespace BankChurn.Benchmarks;

/// <summary>
/// The churn model on one table, as generate runs it (cleaning from the repository's config, model.* settings, seed):
/// wall time of the cross-fitted model and its baseline (loading excluded), then the measured figures: out-of-fold AUC
/// with its interval, the baseline's AUC, the Brier score, the calibration deciles, the churners among the
/// <c>top</c> clients by risk, and the permutation importance. <c>BankChurn.Benchmarks model &lt;clients.csv&gt; [top] [sample_rows]</c> (sample_rows overrides <c>model.sample_rows</c>).
/// </summary>
internal static class ModelCheck
{
    public static void Run(string file, int top, string config, string? sampleRows)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        string[] overrides = sampleRows is null ? [$"input.path={Path.GetFullPath(file)}"] : [$"input.path={Path.GetFullPath(file)}", $"model.sample_rows={sampleRows}"];
        ReportSettings settings = ConfigFile.Read(config, overrides, DateTimeOffset.UnixEpoch);
        LoadedClients loaded = ClientsCsv.Read(settings.Input);
        ClientTable table = Cleaning.Apply(loaded.Table, settings.Cleaning).Table;
        // BENCH_SHUFFLE=<seed>: the same table with its churn flags shuffled (pure noise), as nullcheck makes it.
        if (Environment.GetEnvironmentVariable("BENCH_SHUFFLE") is { } shuffle)
            table = NullCheck.Shuffled(table, int.Parse(shuffle, c));
        if (Environment.GetEnvironmentVariable("BENCH_PARTS") == "1")
        {
            var proc = System.Diagnostics.Process.GetCurrentProcess();
            double Cpu() { proc.Refresh(); return proc.TotalProcessorTime.TotalSeconds; }
            double t0 = Cpu();
            FeatureMatrix f = ChurnFeatures.Build(table, []);
            bool[] y = new bool[table.RowCount];
            foreach (int row in table.Churned) y[row] = true;
            double t1 = Cpu();
            Console.WriteLine($"features cpu {t1 - t0:0.000}");
            int[] sample = [.. Enumerable.Range(0, 11200)];
            FeatureMatrix fs = f.Gather(sample);
            bool[] ys = [.. sample.Select(r => y[r])];
            t0 = Cpu(); IChurnScorer m = new LightGbmLearner().Fit(fs, ys, 1); t1 = Cpu();
            Console.WriteLine($"lgbm fit 11200 cpu {t1 - t0:0.000}");
            t0 = Cpu(); double[] sc = m.Score(f); t1 = Cpu();
            Console.WriteLine($"tree score {f.Rows} cpu {t1 - t0:0.000}");
            t0 = Cpu(); IChurnScorer lg = new RidgeLogisticLearner().Fit(fs, ys, 1); t1 = Cpu();
            Console.WriteLine($"logistic fit cpu {t1 - t0:0.000}");
            t0 = Cpu(); lg.Score(f); t1 = Cpu();
            Console.WriteLine($"logistic score cpu {t1 - t0:0.000}");
            t0 = Cpu(); RocAuc.WithInterval(sc, y); t1 = Cpu();
            Console.WriteLine($"auc cpu {t1 - t0:0.000}");
            t0 = Cpu(); ChurnModeling.Deciles(sc, y); t1 = Cpu();
            Console.WriteLine($"deciles cpu {t1 - t0:0.000}");
            t0 = Cpu(); f.Gather([.. Enumerable.Range(0, f.Rows / 5)]); t1 = Cpu();
            Console.WriteLine($"gather 1/5 cpu {t1 - t0:0.000}");
            t0 = Cpu(); IsotonicCalibration cal = IsotonicCalibration.Fit(sc.AsSpan(0, 4800).ToArray(), y.AsSpan(0, 4800).ToArray()); foreach (double v in sc) cal.Apply(v); t1 = Cpu();
            Console.WriteLine($"isotonic cpu {t1 - t0:0.000}");
            return;
        }
        if (Environment.GetEnvironmentVariable("BENCH_PROBE") == "1")
        {
            FeatureMatrix f = ChurnFeatures.Build(table, []);
            bool[] y = new bool[table.RowCount];
            foreach (int row in table.Churned) y[row] = true;
            (IChurnScorer direct, IChurnScorer viaMl) = LightGbmLearner.FitBoth(f, y, 1);
            double[] a = direct.Score(f), b = viaMl.Score(f);
            var zeroed = new FeatureMatrix([.. f.Values.Select(v => float.IsNaN(v) ? 0f : v)], f.Rows, f.FeatureNames, f.Columns);
            double[] z = direct.Score(zeroed);
            var lefted = new FeatureMatrix([.. f.Values.Select(v => float.IsNaN(v) ? float.NegativeInfinity : v)], f.Rows, f.FeatureNames, f.Columns);
            double[] l = direct.Score(lefted);
            Console.WriteLine(string.Create(c, $"NaN as -inf: max |diff| {l.Zip(b, (p, q) => Math.Abs(p - q)).Max():g4}"));
            var nanRows = Enumerable.Range(0, f.Rows).Where(r => f.Row(r).ToArray().Any(float.IsNaN)).ToHashSet();
            Console.WriteLine(string.Create(c, $"rows without NaN: max |diff| {Enumerable.Range(0, f.Rows).Where(r => !nanRows.Contains(r)).Max(r => Math.Abs(a[r] - b[r])):g4}"));
            Console.WriteLine(string.Create(c, $"NaN as 0: max |diff| {z.Zip(b, (p, q) => Math.Abs(p - q)).Max():g4}"));
            Console.WriteLine(string.Create(c, $"direct vs ML.NET: max |diff| {a.Zip(b, (p, q) => Math.Abs(p - q)).Max():g4}, first {a[0]:0.######} {b[0]:0.######}"));
            foreach (IChurnLearner learner in new IChurnLearner[] { new LightGbmLearner(), new LightGbmLearner(), new RidgeLogisticLearner() })
            {
                var w = Stopwatch.StartNew();
                IChurnScorer s = learner.Fit(f, y, 1);
                double fit = w.Elapsed.TotalSeconds;
                w.Restart();
                s.Score(f);
                Console.WriteLine(string.Create(c, $"{learner.Method}: fit {fit:0.000} s, score {w.Elapsed.TotalSeconds:0.000} s"));
            }
        }
        var watch = Stopwatch.StartNew();
        ModelSettings modelSettings = Environment.GetEnvironmentVariable("BENCH_CALIBRATION") == "platt"
            ? settings.Model with { Calibration = CalibrationMethod.Platt }
            : settings.Model;
        if (Environment.GetEnvironmentVariable("BENCH_CALIBRATION_SHARE") is { } share)
            modelSettings = modelSettings with { CalibrationShare = double.Parse(share, c) };
        ModelFindings? model = ChurnModeling.Run(table, modelSettings, MlLearners.Default, settings.Seed);
        double seconds = watch.Elapsed.TotalSeconds;
        if (model is null)
        {
            Console.WriteLine("model: too few churners or stayers to learn");
            return;
        }
        bool[] churned = new bool[table.RowCount];
        foreach (int row in table.Churned) churned[row] = true;
        Console.WriteLine(string.Create(c, $"model: {table.RowCount} rows, trained on {model.TrainingRows}, {Environment.ProcessorCount} cores: {seconds:0.00} s (model + baseline, {model.Folds} folds)"));
        Console.WriteLine(string.Create(c, $"auc {model.Auc:0.0000} [{model.AucConfidence.Low:0.0000}, {model.AucConfidence.High:0.0000}], baseline {model.BaselineMethod} {model.BaselineAuc:0.0000}, brier {model.Brier:0.0000}"));
        foreach (CalibrationBin bin in model.Calibration)
            Console.WriteLine(string.Create(c, $"  decile: predicted {bin.Predicted:0.0000} observed {bin.Observed:0.0000} clients {bin.Clients} gap {bin.Observed - bin.Predicted:+0.0000;-0.0000}"));
        Console.WriteLine(string.Create(c, $"top {top} by risk: {ChurnModeling.ChurnersInTop(model.Probability, churned, top)} churners"));
        foreach (FeatureImportance importance in model.Importance)
            Console.WriteLine(string.Create(c, $"  importance {importance.Column}: {importance.AucDrop:0.0000}"));
    }
}
