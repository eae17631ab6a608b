using System.Globalization;
using BankChurn.Core;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;

namespace BankChurn.Cli;

/// <summary>
/// <c>generate --watch</c>: runs once, then again whenever the config, a template or the data file changes, until
/// stopped (Ctrl+C). The loaded table is kept while the data file and input settings are unchanged, so a config or
/// template edit costs only the analysis and the rendering. A mistake in an edit is printed and watching goes on.
/// </summary>
internal static class WatchLoop
{
    /// <summary>Edits arrive as bursts of file events (an editor writes, renames, touches); wait this long for quiet.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);

    /// <param name="onRun">Called after every run with its exit code (tests wait on it).</param>
    /// <returns>The exit code of the last run.</returns>
    public static int Run(GenerateRequest request, TextWriter output, TextWriter errors, CancellationToken stop, Action<int>? onRun = null)
    {
        var cache = new TableCache();
        using var changed = new SemaphoreSlim(0);
        var watchers = new List<FileSystemWatcher>();
        string reason = "start";
        int code = ExitCode.Success;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                // Watch first: an edit made while this run is going triggers the next one.
                List<string> paths = WatchedPaths(request);
                Rewatch(watchers, paths, changed);
                if (paths.Count > 1 && !WaitUntilStable(paths[1], DataSettle, stop)) break;
                code = ReportRun.Generate(request, output, errors, cache);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[watch] {DateTime.Now:HH:mm:ss} run after {reason}: exit {code}{(code == ExitCode.Success && cache.LastWasReused ? ", table reused" : "")}. Watching for changes (Ctrl+C to stop)."));
                onRun?.Invoke(code);
                if (!Wait(changed, stop)) break;
                reason = "a change";
            }
        }
        finally
        {
            foreach (FileSystemWatcher watcher in watchers)
                watcher.Dispose();
        }
        return code;
    }

    /// <summary>A data file must keep its size and modification time this long before it is read: a copy in progress does not.</summary>
    internal static TimeSpan DataSettle { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits until <paramref name="path"/> has kept its size and modification time for <paramref name="settle"/> and
    /// can be opened with no other process sharing it (a writer that locks it, as Windows copies and Excel do); a missing
    /// file is left to the run to report. False when stopped.
    /// </summary>
    internal static bool WaitUntilStable(string path, TimeSpan settle, CancellationToken stop)
    {
        (long, long)? Stamp()
        {
            var file = new FileInfo(path);
            return file.Exists ? (file.Length, file.LastWriteTimeUtc.Ticks) : null;
        }
        (long, long)? last = Stamp();
        while (last is not null)
        {
            if (stop.WaitHandle.WaitOne(settle))
                return false;
            (long, long)? now = Stamp();
            if (now == last && CanOpenAlone(path))
                return true;
            last = now;
        }
        return !stop.IsCancellationRequested;
    }

    private static bool CanOpenAlone(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true; // Unreadable: the run says so.
        }
    }

    /// <summary>Waits for a change, then for the burst to settle; false when stopped.</summary>
    private static bool Wait(SemaphoreSlim changed, CancellationToken stop)
    {
        try
        {
            changed.Wait(stop);
            while (changed.Wait(Settle, stop))
            {
                // Drain the rest of the burst.
            }
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// The config file, the data file and the templates folder. The paths come from the config when it reads;
    /// when it does not (the edit broke it), the config alone is watched, so fixing it triggers the next run.
    /// </summary>
    private static List<string> WatchedPaths(GenerateRequest request)
    {
        string config = Path.GetFullPath(request.ConfigPath);
        var paths = new List<string> { config };
        try
        {
            ReportSettings settings = ConfigFile.Read(request.ConfigPath, request.AllOverrides(), request.Clock.GetLocalNow());
            // A database source has no file to watch: it is read again whenever the config or a template changes.
            if (settings.Input.Database is null)
                paths.Add(Path.GetFullPath(settings.Input.Path));
            if (Directory.Exists(settings.Report.TemplatesFolder))
                paths.Add(Path.GetFullPath(settings.Report.TemplatesFolder) + Path.DirectorySeparatorChar);
        }
        catch (InputException)
        {
            // Already reported by the run; the config is watched regardless.
        }
        return paths;
    }

    private static void Rewatch(List<FileSystemWatcher> watchers, List<string> paths, SemaphoreSlim changed)
    {
        foreach (FileSystemWatcher old in watchers)
            old.Dispose();
        watchers.Clear();
        foreach (string path in paths)
        {
            bool folder = path.EndsWith(Path.DirectorySeparatorChar);
            string directory = folder ? path.TrimEnd(Path.DirectorySeparatorChar) : Path.GetDirectoryName(path)!;
            if (!Directory.Exists(directory)) continue;
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = folder,
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.DirectoryName,
            };
            if (!folder)
                watcher.Filter = Path.GetFileName(path);
            void Signal(object sender, FileSystemEventArgs e) => changed.Release();
            watcher.Changed += Signal;
            watcher.Created += Signal;
            watcher.Deleted += Signal;
            watcher.Renamed += (sender, e) => changed.Release();
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }
}
