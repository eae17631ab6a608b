using BankChurn.Core.Analysis;

namespace BankChurn.Core.Segments;

/// <summary>The figures marketing asks for about one segment (issue 4 item 7); rates and shares are fractions 0..1.</summary>
/// <param name="Clients">Clients in the segment.</param>
/// <param name="ShareOfBase">Clients / all clients.</param>
/// <param name="Churned">Clients in the segment who left.</param>
/// <param name="Rate">Churned / clients, with its 95 % Wilson interval in <paramref name="Confidence"/>.</param>
/// <param name="Lift">Rate / the base's rate (1 when the base has no churners).</param>
/// <param name="CurrentClients">Clients in the segment who stayed (churn = 0): the campaign list.</param>
/// <param name="ChurnerCoverage">The segment's share of all churners.</param>
/// <param name="AvgValue">Average client value in the segment (a missing value counts as 0).</param>
/// <param name="ValueLost">Σ value of the segment's churned clients: the yearly income that already left with them.</param>
/// <param name="ValueAtRisk">
/// Σ value × churn probability over the segment's current clients (<see cref="Analysis.Value.ChurnRisk"/>): the expected
/// loss among the clients still here, in the same sense as the bank's value at risk, of which it is a part.
/// </param>
/// <param name="ExcessChurners">
/// Churned − clients × base rate: the churners that would have been kept had the segment churned at the bank's average
/// (negative for a segment that churns less).
/// </param>
/// <param name="PValue">Chi-square test (2×2, no continuity correction) of the segment against the rest of the base.</param>
/// <param name="PAdjusted">The p-value after Holm's adjustment over all segments tested together.</param>
/// <param name="Priority">1-based rank within the segment's goal; 0 until ranked.</param>
public sealed record SegmentFigures(
    int Clients,
    double ShareOfBase,
    int Churned,
    double Rate,
    Interval Confidence,
    double Lift,
    int CurrentClients,
    double ChurnerCoverage,
    double AvgValue,
    double ValueLost,
    double ValueAtRisk,
    double ExcessChurners,
    double PValue,
    double PAdjusted,
    int Priority);
