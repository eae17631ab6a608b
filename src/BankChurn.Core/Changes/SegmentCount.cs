namespace BankChurn.Core.Changes;

/// <summary>How many clients a segment (or a partition cell) held in one period, and how many of them churned.</summary>
public readonly record struct SegmentCount(int Clients, int Churned)
{
    /// <summary>Churned / clients; 0 for an empty group.</summary>
    public double Rate => Clients == 0 ? 0 : (double)Churned / Clients;
}
