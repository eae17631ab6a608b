using BankChurn.Core.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace BankChurn.ML;

/// <summary>A <see cref="FeatureMatrix"/> as an ML.NET data view: a "Features" vector of the matrix's width and a boolean "Label".</summary>
internal static class FeatureRows
{
    public static IDataView View(MLContext context, FeatureMatrix features, bool[]? churned)
    {
        SchemaDefinition schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Width);
        return context.Data.LoadFromEnumerable(Rows(features, churned), schema);
    }

    private static IEnumerable<FeatureRow> Rows(FeatureMatrix features, bool[]? churned)
    {
        for (int row = 0; row < features.Rows; row++)
            yield return new FeatureRow { Features = features.Row(row).ToArray(), Label = churned is not null && churned[row] };
    }

    /// <summary>The "Score" column of <paramref name="scored"/>, one value per row in order.</summary>
    public static double[] Scores(IDataView scored, int rows)
    {
        var result = new double[rows];
        int at = 0;
        foreach (float score in scored.GetColumn<float>("Score"))
            result[at++] = score;
        return result;
    }

    /// <summary>One client as ML.NET reads it; public with setters because ML.NET fills and reads it by reflection.</summary>
    internal sealed class FeatureRow
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }
}
