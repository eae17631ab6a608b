namespace BankChurn.Core.Analysis;

/// <summary>Churn in one group of clients, with its 95 % Wilson interval.</summary>
public sealed record ChurnRate(string Group, int Clients, int Churned, Interval Confidence)
{
    public double Rate => Clients == 0 ? 0 : (double)Churned / Clients;

    public static ChurnRate Of(string group, int clients, int churned) =>
        new(group, clients, churned, Proportions.WilsonInterval(churned, clients));
}
