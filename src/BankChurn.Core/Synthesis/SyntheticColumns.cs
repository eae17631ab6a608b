namespace BankChurn.Core.Synthesis;

/// <summary>The generator's working arrays, one per column; a missing balance or age is NaN.</summary>
internal sealed class SyntheticColumns(int rows)
{
    public int Rows { get; } = rows;
    public long[] UserIds { get; } = new long[rows];
    public int[] City { get; } = new int[rows];
    public int[] Gender { get; } = new int[rows];
    public double[] Score { get; } = new double[rows];
    public double[] Age { get; } = new double[rows];
    public double[] Equity { get; } = new double[rows];
    public double[] Balance { get; } = new double[rows];
    public double[] Products { get; } = new double[rows];
    public double[] CreditCard { get; } = new double[rows];
    public double[] LastActivity { get; } = new double[rows];
    public double[] EstSalary { get; } = new double[rows];

    /// <summary>Each client's uniform draw for churn: churned when it falls below the model's probability, so a small drift in the model flips only clients near the edge.</summary>
    public double[] ChurnDraw { get; } = new double[rows];
}
