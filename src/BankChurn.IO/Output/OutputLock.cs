using System.Diagnostics;
using System.Globalization;
using BankChurn.Core;

namespace BankChurn.IO.Output;

/// <summary>
/// One run at a time per output folder: a lock file (<see cref="FileName"/>) created exclusively, holding the pid,
/// host and start time of the run that owns it. A second run stops naming the holder, or with <c>--wait</c> waits for
/// it. A lock whose process is gone (kill -9, power loss) is stale and is taken over.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".bankchurn.lock";

    /// <summary>A lock file that is still empty this long after it was made belongs to a run that died while making it.</summary>
    private static readonly TimeSpan UnfinishedGrace = TimeSpan.FromSeconds(30);

    private readonly string _path;
    private readonly string _content;
    private readonly bool _madeFolder;

    private OutputLock(string path, string content, bool madeFolder) => (_path, _content, _madeFolder) = (path, content, madeFolder);

    /// <summary>Takes the lock on <paramref name="folder"/> (created if needed).</summary>
    /// <param name="wait">Wait for another run to finish instead of stopping.</param>
    /// <param name="poll">How often to look again while waiting.</param>
    /// <exception cref="InputException">Another live run holds the lock and <paramref name="wait"/> is false (exit 1), or the folder cannot be written (exit 3).</exception>
    public static OutputLock Acquire(string folder, bool wait, TimeSpan? poll = null, CancellationToken cancel = default)
    {
        string full = Path.GetFullPath(folder);
        string path = Path.Combine(full, FileName);
        string content = Describe(Environment.ProcessId, Environment.MachineName, Process.GetCurrentProcess().StartTime.ToUniversalTime());
        try
        {
            bool madeFolder = !Directory.Exists(full);
            Directory.CreateDirectory(full);
            while (true)
            {
                if (TryCreate(path, content))
                    return new OutputLock(path, content, madeFolder);
                string? holder = ReadHolder(path);
                if (holder is null)
                    continue; // Released between our two looks: try again at once.
                if (IsStale(path, holder))
                {
                    TakeOverStale(path, holder);
                    continue;
                }
                if (!wait)
                {
                    throw new InputException(ProblemKind.Data, new SourceLocation(path),
                        $"another BankChurn run is writing to this folder ({Holder(holder)}).",
                        "Wait for it to finish, or run again with --wait to start as soon as it has; if that process is not BankChurn, delete the lock file.");
                }
                cancel.WaitHandle.WaitOne(poll ?? TimeSpan.FromMilliseconds(250));
                cancel.ThrowIfCancellationRequested();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFolder.CannotWrite(full, e);
        }
    }

    /// <summary>Releases the lock, unless another run has (wrongly) taken it over meanwhile. A folder made only to hold the lock of a run that wrote nothing is removed again.</summary>
    public void Dispose()
    {
        try
        {
            if (string.Equals(ReadHolder(_path), _content, StringComparison.Ordinal))
                File.Delete(_path);
            string folder = Path.GetDirectoryName(_path)!;
            if (_madeFolder && !Directory.EnumerateFileSystemEntries(folder).Any())
                Directory.Delete(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A lock left behind names a dead process and is taken over by the next run.
        }
    }

    internal static string Describe(int pid, string host, DateTime startedUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"pid={pid}\nhost={host}\nstarted={startedUtc:yyyy-MM-ddTHH:mm:ss.fffZ}\n");

    private static bool TryCreate(string path, string content)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
            stream.Write(System.Text.Encoding.UTF8.GetBytes(content));
            stream.Flush(flushToDisk: true);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    private static string? ReadHolder(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> Fields(string holder) =>
        holder.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);

    private static string Holder(string holder)
    {
        Dictionary<string, string> fields = Fields(holder);
        return $"pid {fields.GetValueOrDefault("pid", "?")} on host {fields.GetValueOrDefault("host", "?")}, started {fields.GetValueOrDefault("started", "?")}";
    }

    /// <summary>Stale: made on this host by a process that no longer runs (or whose pid now belongs to a later process), or never finished.</summary>
    private static bool IsStale(string path, string holder)
    {
        Dictionary<string, string> fields = Fields(holder);
        if (!fields.TryGetValue("pid", out string? pidText) || !int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            return DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > UnfinishedGrace;
        if (!string.Equals(fields.GetValueOrDefault("host"), Environment.MachineName, StringComparison.Ordinal))
            return false; // Another machine's process cannot be checked from here: only its owner or a person can clear it.
        try
        {
            using Process process = Process.GetProcessById(pid);
            if (process.HasExited)
                return true;
            string started = process.StartTime.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
            return !string.Equals(started, fields.GetValueOrDefault("started"), StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return true; // No such process.
        }
        catch (InvalidOperationException)
        {
            return true; // Exited while we looked.
        }
    }

    /// <summary>
    /// Moves the stale lock aside under a name only this process uses, and deletes it if it is still the one judged
    /// stale; if another run took it over first, the lock moved aside is theirs and goes back.
    /// </summary>
    private static void TakeOverStale(string path, string holder)
    {
        string aside = $"{path}.{Environment.ProcessId}.stale";
        try
        {
            File.Move(path, aside, overwrite: true);
        }
        catch (FileNotFoundException)
        {
            return;
        }
        if (string.Equals(ReadHolder(aside), holder, StringComparison.Ordinal))
        {
            File.Delete(aside);
            return;
        }
        try
        {
            File.Move(aside, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(aside); // A third run holds the lock now; the one moved aside is superseded.
        }
    }
}
