using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Value;

/// <summary>SPEC analysis block 6: the client-value metric summed over the base, the churned clients and the clients at risk.</summary>
/// <param name="Formula">The formula as written in the config.</param>
/// <param name="Description">What the formula means, as written in the config.</param>
/// <param name="Total">Sum of value over every analysed client, roubles a year.</param>
/// <param name="Lost">Sum of value over the churned clients: the yearly income that left with them.</param>
/// <param name="Current">Sum of value over the current (not churned) clients.</param>
/// <param name="AtRisk">Expected loss among current clients: Σ value × churn share of their products × activity cell.</param>
/// <param name="MissingValues">Clients whose formula needed a missing value; counted as 0 in every sum.</param>
/// <param name="Cells">The products × activity cells behind <paramref name="AtRisk"/>, products ascending, inactive first.</param>
public sealed record ValueFindings(
    string Formula,
    string Description,
    int Clients,
    int Churned,
    double Total,
    double Lost,
    double Current,
    double AtRisk,
    int MissingValues,
    ImmutableArray<ValueCell> Cells)
{
    /// <summary>The share of the base's yearly value that churned; 0 for an empty base.</summary>
    public double LostShare => Total == 0 ? 0 : Lost / Total;

    /// <summary>The share of the current clients' value expected to leave.</summary>
    public double AtRiskShare => Current == 0 ? 0 : AtRisk / Current;

    public double MeanChurned => Churned == 0 ? 0 : Lost / Churned;

    public double MeanCurrent => Clients - Churned == 0 ? 0 : Current / (Clients - Churned);
}
