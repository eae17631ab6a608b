using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Model;

namespace BankChurn.Core.Report;

/// <summary>
/// The deck's one ranking of what drives churn: the model's permutation importance (how much the out-of-fold AUC drops
/// when a column is shuffled), so the summary, the model, correlation and φK slides name the same columns in the same
/// order. The univariate measures (φK, correlations, churn shares) support it; they lead only when there is no model
/// (too few churners), and columns the model leaves out (<c>model.exclude</c>) follow in φK order.
/// </summary>
internal static class DriverOrder
{
    /// <summary>The columns of the φK ranking, in the deck's order.</summary>
    public static ImmutableArray<string> Columns(ChurnFindings findings)
    {
        ImmutableArray<string> univariate = [.. findings.Correlations.Ranking.Select(r => r.Column)];
        if (!FromModel(findings))
            return univariate;
        ImmutableArray<FeatureImportance> importance = Importance(findings.Model!);
        return [.. importance.Select(i => i.Column).Where(univariate.Contains), .. univariate.Where(c => !importance.Any(i => i.Column == c))];
    }

    /// <summary>True when the ranking is the model's: a model was fitted and its importance is known.</summary>
    public static bool FromModel(ChurnFindings findings) => findings.Model is { Importance.IsEmpty: false };

    /// <summary>The model's importance, largest AUC drop first, ties by column name so the order never depends on the run.</summary>
    public static ImmutableArray<FeatureImportance> Importance(ModelFindings model) =>
        [.. model.Importance.OrderByDescending(i => i.AucDrop).ThenBy(i => i.Column, StringComparer.Ordinal)];

    /// <summary>Each column's place in <see cref="Columns"/> (0 first), for ordering the univariate charts the same way.</summary>
    public static Func<string, int> Rank(ChurnFindings findings)
    {
        ImmutableArray<string> order = Columns(findings);
        return column => order.IndexOf(column) is var i and >= 0 ? i : int.MaxValue;
    }
}
