using System.Collections.Immutable;
using BankChurn.Core.Analysis.PhiK;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Tests.Analysis.PhiK;

public class PhiKMatrixTests
{
    private static readonly string[] Columns = ["age", "balance", "city", "products", "churn"];

    /// <summary>400 clients: age drives churn, balance is missing for a quarter (who never churn), city is noise.</summary>
    private static ClientTable Sample()
    {
        const int n = 400;
        var random = new Random(42);
        var age = new double?[n];
        var balance = new double?[n];
        var products = new double?[n];
        var city = new string?[n];
        var churned = new RowSet(n);
        for (int i = 0; i < n; i++)
        {
            age[i] = i % 50 == 3 ? null : 18 + random.Next(60);
            bool noBalance = i % 4 == 0;
            balance[i] = noBalance ? null : Math.Exp(8 + 3 * random.NextDouble());
            products[i] = 1 + random.Next(4);
            city[i] = random.Next(3) switch { 0 => "Ярославль", 1 => "Рыбинск", _ => "Ростов" };
            churned.Set(i, !noBalance && random.NextDouble() < (age[i] is > 40 ? 0.5 : 0.1));
        }
        var numeric = new[] { NumericColumn.From("age", age), NumericColumn.From("balance", balance), NumericColumn.From("products", products) }
            .ToImmutableDictionary(c => c.Name, StringComparer.Ordinal);
        var categories = ImmutableDictionary<string, CategoryColumn>.Empty.WithComparers(StringComparer.Ordinal)
            .Add("city", CategoryColumn.From("city", city));
        return new ClientTable([.. Enumerable.Range(1, n).Select(i => (long)i)], numeric, categories, churned, [.. Enumerable.Range(2, n)]);
    }

    [Theory]
    [InlineData(PhiKBinning.Uniform)]
    [InlineData(PhiKBinning.QuantileWithMissing)]
    public void Matrix_IsSymmetricWithUnitDiagonalAndValuesInRange(PhiKBinning binning)
    {
        PhiKMatrix matrix = PhiKCorrelation.Matrix(Sample(), Columns, binning);
        Assert.Equal(Columns, matrix.Columns);
        Assert.Equal(binning, matrix.Binning);
        for (int i = 0; i < Columns.Length; i++)
        {
            Assert.Equal(1.0, matrix[i, i].Value);
            for (int j = 0; j < Columns.Length; j++)
            {
                Assert.Equal(matrix[i, j].Value, matrix[j, i].Value);
                Assert.Equal(matrix[i, j].Significance, matrix[j, i].Significance);
                Assert.InRange(matrix[i, j].Value, 0, 1);
                Assert.True(double.IsFinite(matrix[i, j].Significance));
            }
        }
    }

    [Fact]
    public void Matrix_EachPair_EqualsPairOnTheSameCodes()
    {
        ClientTable table = Sample();
        PhiKMatrix matrix = PhiKCorrelation.Matrix(table, Columns, PhiKBinning.Uniform);
        int[] age = PhiKColumns.Code(table, "age", PhiKBinning.Uniform).Codes;
        int[] churn = PhiKColumns.Code(table, "churn", PhiKBinning.Uniform).Codes;
        Assert.Equal(PhiKCorrelation.Pair(age, churn), matrix["age", "churn"]);
        Assert.Equal(PhiKCorrelation.Pair(churn, age).Value, matrix.Value("churn", "age"), 1e-12);
        Assert.Equal(392, matrix["age", "churn"].N); // 8 missing ages dropped
    }

    [Fact]
    public void Matrix_QuantileWithMissing_SeesMissingBalanceAsADriver()
    {
        ClientTable table = Sample();
        PhiKMatrix uniform = PhiKCorrelation.Matrix(table, Columns, PhiKBinning.Uniform);
        PhiKMatrix quantile = PhiKCorrelation.Matrix(table, Columns, PhiKBinning.QuantileWithMissing);
        Assert.Equal(300, uniform["balance", "churn"].N);
        Assert.Equal(400, quantile["balance", "churn"].N);
        Assert.True(quantile.Value("balance", "churn") > uniform.Value("balance", "churn") + 0.1,
            $"quantile {quantile.Value("balance", "churn")}, uniform {uniform.Value("balance", "churn")}");
        Assert.Equal(11, quantile["balance", "churn"].Rows); // 10 quantile bins + missing
        Assert.True(quantile.Value("age", "churn") > 0.2);
        Assert.True(uniform.Value("city", "churn") < 0.15);
    }

    [Fact]
    public void Matrix_UnknownColumn_Throws() =>
        Assert.Throws<ArgumentException>(() => PhiKCorrelation.Matrix(Sample(), ["age", "nope"], PhiKBinning.Uniform));
}
