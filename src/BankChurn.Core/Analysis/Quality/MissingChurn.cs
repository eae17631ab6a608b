namespace BankChurn.Core.Analysis.Quality;

/// <summary>Churn among clients whose value is missing versus those whose value is present, with a chi-square test.</summary>
public sealed record MissingChurn(int MissingClients, int MissingChurned, int PresentClients, int PresentChurned, ContingencyTest Test)
{
    public double MissingRate => MissingClients == 0 ? 0 : (double)MissingChurned / MissingClients;

    public double PresentRate => PresentClients == 0 ? 0 : (double)PresentChurned / PresentClients;
}
