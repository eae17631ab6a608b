using System.Collections.Immutable;
using BankChurn.Core.Model;

namespace BankChurn.Core.Tests.Model;

public class CrossFittingTests
{
    /// <summary>Remembers which rows (feature 0 holds the row's id) each model learned from and which it scored.</summary>
    private sealed class RecordingLearner : IChurnLearner
    {
        public List<(HashSet<int> Trained, HashSet<int> Scored)> Models { get; } = [];

        public string Method => "recording";

        public IChurnScorer Fit(FeatureMatrix features, bool[] churned, int seed)
        {
            var trained = new HashSet<int>(Enumerable.Range(0, features.Rows).Select(r => (int)features.Row(r)[0]));
            var scored = new HashSet<int>();
            // The folds learn in parallel.
            lock (Models)
                Models.Add((trained, scored));
            return new Scorer(scored);
        }

        private sealed class Scorer(HashSet<int> scored) : IChurnScorer
        {
            public double[] Score(FeatureMatrix features)
            {
                var result = new double[features.Rows];
                for (int r = 0; r < features.Rows; r++)
                {
                    scored.Add((int)features.Row(r)[0]);
                    result[r] = features.Row(r)[1];
                }
                return result;
            }
        }
    }

    private static (FeatureMatrix Features, bool[] Churned) Table(int rows, int seed)
    {
        var random = new Random(seed);
        var values = new float[rows * 2];
        var churned = new bool[rows];
        for (int r = 0; r < rows; r++)
        {
            float signal = (float)random.NextDouble();
            values[r * 2] = r;
            values[r * 2 + 1] = signal;
            churned[r] = random.NextDouble() < signal * 0.6;
        }
        return (new FeatureMatrix(values, rows, ["id", "signal"], [new FeatureColumn("id", [0]), new FeatureColumn("signal", [1])]), churned);
    }

    [Theory]
    [InlineData(2_000, 200_000)] // every row trains some fold
    [InlineData(5_000, 1_500)]   // a large month: a sample trains, everyone is scored
    public void Run_NoRowIsScoredByAModelThatLearnedFromIt(int rows, int sampleRows)
    {
        (FeatureMatrix features, bool[] churned) = Table(rows, 3);
        var learner = new RecordingLearner();
        CrossFitted fitted = CrossFitting.Run(features, churned, learner, new CrossFitOptions(5, sampleRows, 11));
        Assert.Equal(5, learner.Models.Count);
        foreach ((HashSet<int> trained, HashSet<int> scored) in learner.Models)
        {
            Assert.NotEmpty(trained);
            Assert.Empty(trained.Intersect(scored));
        }
        // Every row belongs to exactly one fold; one model (the folds learn in parallel, so not in fold order) scored
        // all of that fold's rows, and it learned from none of them.
        for (int fold = 0; fold < 5; fold++)
        {
            int[] inFold = [.. Enumerable.Range(0, rows).Where(r => fitted.FoldOfRow[r] == fold)];
            Assert.NotEmpty(inFold);
            (HashSet<int> trained, _) = Assert.Single(learner.Models, m => inFold.All(m.Scored.Contains));
            Assert.DoesNotContain(inFold, trained.Contains);
        }
        Assert.InRange(fitted.TrainingRows, Math.Min(rows, sampleRows) - 2, Math.Min(rows, sampleRows) + 2);
        Assert.All(fitted.Probability, p => Assert.InRange(p, 0, 1));
    }

    [Fact]
    public void Run_FoldsAreStratified()
    {
        (FeatureMatrix features, bool[] churned) = Table(3_000, 5);
        CrossFitted fitted = CrossFitting.Run(features, churned, new RecordingLearner(), new CrossFitOptions(5, 200_000, 1) { Importance = false });
        int churners = churned.Count(c => c);
        for (int fold = 0; fold < 5; fold++)
        {
            int inFold = Enumerable.Range(0, churned.Length).Count(r => fitted.FoldOfRow[r] == fold && churned[r]);
            Assert.InRange(inFold, churners / 5, churners / 5 + 1);
        }
    }

    [Fact]
    public void Run_SameSeedSameProbabilities_OtherSeedOtherFolds()
    {
        (FeatureMatrix features, bool[] churned) = Table(1_000, 9);
        var options = new CrossFitOptions(5, 200_000, 42);
        CrossFitted first = CrossFitting.Run(features, churned, new RecordingLearner(), options);
        CrossFitted again = CrossFitting.Run(features, churned, new RecordingLearner(), options);
        CrossFitted other = CrossFitting.Run(features, churned, new RecordingLearner(), options with { Seed = 43 });
        Assert.Equal(first.Probability, again.Probability);
        Assert.Equal(first.FoldOfRow, again.FoldOfRow);
        Assert.NotEqual(first.FoldOfRow, other.FoldOfRow);
    }

    [Fact]
    public void Importance_ShufflingTheSignalCostsAuc_ShufflingTheIdDoesNot()
    {
        (FeatureMatrix features, bool[] churned) = Table(3_000, 7);
        CrossFitted fitted = CrossFitting.Run(features, churned, new RecordingLearner(), new CrossFitOptions(5, 200_000, 3));
        ImmutableArray<FeatureImportance> importance = fitted.Importance;
        Assert.Equal("signal", importance[0].Column);
        Assert.True(importance[0].AucDrop > 0.1, $"signal drop {importance[0].AucDrop}");
        Assert.Equal(0, importance.Single(i => i.Column == "id").AucDrop, 1e-12);
    }
}
