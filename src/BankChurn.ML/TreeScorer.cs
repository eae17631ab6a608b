using BankChurn.Core.Model;
using Microsoft.ML.Trainers.FastTree;

namespace BankChurn.ML;

/// <summary>
/// A trained tree ensemble copied into flat arrays and evaluated directly: the same score as ML.NET's transform (a test
/// holds them together), about ten times faster, which matters for scoring a million clients and for permutation
/// importance's rescoring. Missing values (NaN) compare false, so they take the right branch, as in ML.NET.
/// </summary>
internal sealed class TreeScorer : IChurnScorer
{
    // Rows scored together per tree: enough independent walks in flight to hide each step's memory latency.
    private const int Lanes = 4;
    private const int BlockRows = 256;

    // Every tree's nodes in one array; a leaf is a node that leads to itself (threshold +∞, both children itself), so
    // every walk takes exactly its tree's depth in steps and no step branches on the data.
    private readonly Node[] _nodes;
    private readonly double[] _leafValue;
    private readonly int[] _root;
    private readonly int[] _depth;
    private readonly double _bias;

    public TreeScorer(RegressionTreeEnsemble ensemble)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        var nodes = new List<Node>();
        var leafValues = new List<double>();
        var roots = new List<int>();
        var depths = new List<int>();
        for (int t = 0; t < ensemble.Trees.Count; t++)
        {
            RegressionTree tree = ensemble.Trees[t];
            double weight = ensemble.TreeWeights[t];
            if (tree.CategoricalSplitFlags.Any(flag => flag))
                throw new NotSupportedException("Categorical splits are not used: categories are one-hot encoded.");
            int first = nodes.Count, internalNodes = tree.NumberOfNodes, leaves = tree.NumberOfLeaves;
            // ML.NET numbers leaves as ~index; here leaf i sits after the tree's internal nodes.
            int Target(int child) => child >= 0 ? first + child : first + internalNodes + ~child;
            for (int i = 0; i < internalNodes; i++)
            {
                nodes.Add(new Node(tree.NumericalSplitFeatureIndexes[i], tree.NumericalSplitThresholds[i], Target(tree.LeftChild[i]), Target(tree.RightChild[i])));
                leafValues.Add(0);
            }
            for (int i = 0; i < leaves; i++)
            {
                int self = first + internalNodes + i;
                nodes.Add(new Node(0, float.PositiveInfinity, self, self));
                leafValues.Add(tree.LeafValues[i] * weight);
            }
            roots.Add(first);
            depths.Add(internalNodes == 0 ? 0 : Depth(tree, 0));
        }
        _nodes = [.. nodes];
        _leafValue = [.. leafValues];
        _root = [.. roots];
        _depth = [.. depths];
        _bias = ensemble.Bias;
    }

    private static int Depth(RegressionTree tree, int node)
    {
        int left = tree.LeftChild[node], right = tree.RightChild[node];
        return 1 + Math.Max(left >= 0 ? Depth(tree, left) : 0, right >= 0 ? Depth(tree, right) : 0);
    }

    public double[] Score(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        int rows = features.Rows, width = features.Width, blocks = (rows + BlockRows - 1) / BlockRows;
        var scores = new double[rows];
        float[] x = features.Values;
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, block =>
        {
            int from = block * BlockRows, to = Math.Min(rows, from + BlockRows);
            Span<double> sum = scores.AsSpan(from, to - from);
            sum.Fill(_bias);
            // Trees in order for every row, so each row's sum adds in the same order as ML.NET's and the scores agree.
            for (int t = 0; t < _root.Length; t++)
            {
                int root = _root[t], depth = _depth[t];
                int r = from;
                for (; r + Lanes <= to; r += Lanes)
                {
                    int b0 = r * width, b1 = b0 + width, b2 = b1 + width, b3 = b2 + width;
                    int n0 = root, n1 = root, n2 = root, n3 = root;
                    for (int step = 0; step < depth; step++)
                    {
                        n0 = Next(x[b0 + _nodes[n0].Feature], _nodes[n0]);
                        n1 = Next(x[b1 + _nodes[n1].Feature], _nodes[n1]);
                        n2 = Next(x[b2 + _nodes[n2].Feature], _nodes[n2]);
                        n3 = Next(x[b3 + _nodes[n3].Feature], _nodes[n3]);
                    }
                    sum[r - from] += _leafValue[n0];
                    sum[r - from + 1] += _leafValue[n1];
                    sum[r - from + 2] += _leafValue[n2];
                    sum[r - from + 3] += _leafValue[n3];
                }
                for (; r < to; r++)
                {
                    int node = root, at = r * width;
                    for (int step = 0; step < depth; step++)
                        node = Next(x[at + _nodes[node].Feature], _nodes[node]);
                    sum[r - from] += _leafValue[node];
                }
            }
        });
        return scores;
    }

    // Missing values (NaN) compare false, so they take the right branch, as in ML.NET.
    private static int Next(float value, in Node node) => value <= node.Threshold ? node.Left : node.Right;

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
}
