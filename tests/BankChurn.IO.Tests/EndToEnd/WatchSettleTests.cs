using System.Diagnostics;
using BankChurn.Cli;

namespace BankChurn.IO.Tests.EndToEnd;

/// <summary>--watch reads a data file only once it has stopped changing: a copy still in progress is waited for.</summary>
public sealed class WatchSettleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bankchurn-settle-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task WaitUntilStable_FileStillGrowing_WaitsUntilTheWriterStops()
    {
        string path = Path.Combine(_folder, "clients.csv");
        await File.WriteAllTextAsync(path, "header\n", TestContext.Current.CancellationToken);
        var writer = Task.Run(async () =>
        {
            // A slow copy: a line every 100 ms for 1.5 s.
            for (int i = 0; i < 15; i++)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
                await File.AppendAllTextAsync(path, $"row {i}\n", TestContext.Current.CancellationToken);
            }
        }, TestContext.Current.CancellationToken);
        var clock = Stopwatch.StartNew();
        bool ready = await Task.Run(() => WatchLoop.WaitUntilStable(path, TimeSpan.FromMilliseconds(400), CancellationToken.None), TestContext.Current.CancellationToken);
        await writer;
        Assert.True(ready);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.5), $"read after {clock.Elapsed}, before the copy ended");
        Assert.Contains("row 14", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public void WaitUntilStable_Stopped_ReturnsFalse()
    {
        string path = Path.Combine(_folder, "clients.csv");
        File.WriteAllText(path, "header\n");
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.False(WatchLoop.WaitUntilStable(path, TimeSpan.FromMilliseconds(100), stop.Token));
    }
}
