namespace BankChurn.IO.Output;

/// <summary>
/// Thrown by a test's fault hook (<see cref="OutputFolder.Publish"/>) to stop a commit the way kill -9 or a power loss
/// would: nothing after it runs, not even the clean-up a failed run does, so the test sees what a crash leaves.
/// </summary>
public sealed class SimulatedCrashException(string step) : Exception($"simulated crash before step '{step}'")
{
    public string Step { get; } = step;
}
