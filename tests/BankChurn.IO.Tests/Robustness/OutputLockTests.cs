using System.Diagnostics;
using BankChurn.IO.Output;
using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>One run at a time per output folder: a live holder stops (or delays, with --wait) a second run; a dead one's lock is taken over.</summary>
public sealed class OutputLockTests : IDisposable
{
    private readonly OutputCase _case = new();

    public void Dispose() => _case.Dispose();

    private string LockPath => Path.Combine(_case.Out, OutputLock.FileName);

    /// <summary>A lock file as another live run on this host would leave it: this test process is alive, so it stands in.</summary>
    private void HeldByALiveRun() =>
        File.WriteAllText(LockPath, OutputLock.Describe(Environment.ProcessId, Environment.MachineName, Process.GetCurrentProcess().StartTime.ToUniversalTime()));

    private static int DeadPid()
    {
        using Process gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        return gone.Id;
    }

    [Fact]
    public void Generate_FolderHeldByALiveRun_ExitsOneNamingTheHolderAndKeepsThePreviousOutputs()
    {
        Assert.Equal(0, _case.Generate().ExitCode);
        Dictionary<string, byte[]> before = _case.Snapshot();
        HeldByALiveRun();

        CliRun run = _case.Generate(stamp: "2027-02-01T08:00:00+00:00");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("another BankChurn run is writing to this folder", run.Errors, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId} on host {Environment.MachineName}", run.Errors, StringComparison.Ordinal);
        Assert.Contains("--wait", run.Errors, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), _case.Snapshot().Keys.Order(StringComparer.Ordinal));
        Assert.All(before, pair => Assert.Equal(pair.Value, _case.Snapshot()[pair.Key]));
        Assert.True(File.Exists(LockPath), "the other run's lock must stay");
    }

    [Fact]
    public async Task Generate_WithWait_RunsOnceTheHolderLetsGo()
    {
        Directory.CreateDirectory(_case.Out);
        HeldByALiveRun();
        var release = Task.Run(async () =>
        {
            await Task.Delay(700, TestContext.Current.CancellationToken);
            File.Delete(LockPath);
        }, TestContext.Current.CancellationToken);
        var clock = Stopwatch.StartNew();
        CliRun run = CliRun.Of("generate", "--config", _case.ConfigPath, "--data", _case.DataPath, "--out", _case.Out,
            "--period", OutputCase.Period, "--set", "report.generated_at=" + OutputCase.Stamp, "--wait");
        await release;
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(600), "the run did not wait");
        Assert.False(File.Exists(LockPath), "the lock is released after the run");
    }

    [Fact]
    public void Generate_StaleLockOfADeadProcess_IsTakenOver()
    {
        Directory.CreateDirectory(_case.Out);
        File.WriteAllText(LockPath, OutputLock.Describe(DeadPid(), Environment.MachineName, DateTime.UtcNow.AddMinutes(-5)));
        CliRun run = _case.Generate();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(LockPath));
        Assert.Empty(Directory.GetFiles(_case.Out, "*.stale"));
    }

    [Fact]
    public void Acquire_PidReusedByALaterProcess_IsStale()
    {
        Directory.CreateDirectory(_case.Out);
        // Our own pid, but a start time that is not ours: the run that wrote it is gone and the pid was reused.
        File.WriteAllText(LockPath, OutputLock.Describe(Environment.ProcessId, Environment.MachineName, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        using OutputLock taken = OutputLock.Acquire(_case.Out, wait: false, cancel: TestContext.Current.CancellationToken);
        Assert.Contains($"pid={Environment.ProcessId}", File.ReadAllText(LockPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_LockOfAnotherHost_IsNotTakenOver()
    {
        Directory.CreateDirectory(_case.Out);
        File.WriteAllText(LockPath, OutputLock.Describe(DeadPid(), "some-other-host", DateTime.UtcNow));
        var problem = Assert.Throws<Core.InputException>(() => OutputLock.Acquire(_case.Out, wait: false, cancel: TestContext.Current.CancellationToken));
        Assert.Equal(1, problem.ExitCode);
        Assert.Contains("on host some-other-host", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_TwoAtOnce_OnlyOneHolds()
    {
        using OutputLock first = OutputLock.Acquire(_case.Out, wait: false, cancel: TestContext.Current.CancellationToken);
        Assert.Throws<Core.InputException>(() => OutputLock.Acquire(_case.Out, wait: false, cancel: TestContext.Current.CancellationToken));
        first.Dispose();
        using OutputLock second = OutputLock.Acquire(_case.Out, wait: false, cancel: TestContext.Current.CancellationToken);
        Assert.True(File.Exists(LockPath));
    }
}
