using System.Runtime.ExceptionServices;
using BankChurn.Core;

namespace BankChurn.IO.Output;

/// <summary>
/// Owns the output folders. A report's files are published as one unit (<see cref="Publish"/>): written into a fresh
/// sibling folder, flushed to disk, and swapped with the period folder in one atomic step, so a reader sees the whole
/// previous set or the whole new set, even after kill -9 or a power loss at any instant. Leftovers of interrupted runs
/// are removed by the next one.
/// </summary>
public static class OutputFolder
{
    private const string TempSuffix = ".partial";
    private const string PreviousSuffix = ".previous";
    private const string StagingSuffix = ".staging";

    /// <summary>
    /// Publishes <paramref name="files"/> as the whole content of <paramref name="folder"/> (e.g. output/2026-10),
    /// replacing the previous set in one step. Files in the previous folder that this product does not own
    /// (<paramref name="owned"/>) are carried over; leftovers of interrupted runs are not.
    /// </summary>
    /// <param name="beforeStep">Called with each step's name before it runs; tests throw <see cref="SimulatedCrashException"/> from it to stop the commit as a crash would.</param>
    /// <returns>The full paths of the published files, in the order given.</returns>
    public static IReadOnlyList<string> Publish(string folder, IReadOnlyList<OutputFile> files, IReadOnlyCollection<string> owned, Action<string>? beforeStep = null)
    {
        string target = Path.GetFullPath(folder);
        string parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The output folder cannot be a root.", nameof(folder));
        string name = Path.GetFileName(target);
        string staging = Path.Combine(parent, $".{name}.{Environment.ProcessId}{StagingSuffix}");
        void Step(string step) => beforeStep?.Invoke(step);
        bool swapped = false;
        List<string> created = Missing(parent);
        try
        {
            Step("recover");
            Directory.CreateDirectory(parent);
            if (File.Exists(target))
                throw new IOException($"{target} is a file, so the folder of outputs cannot take its place.");
            Recover(parent, name, target);
            Step("stage");
            Directory.CreateDirectory(staging);
            WriteAll(staging, files, Step);
            Step("carry");
            if (Directory.Exists(target))
                CarryOver(target, staging, new HashSet<string>(owned.Concat(files.Select(f => f.FileName)), StringComparer.Ordinal));
            Step("flush");
            NativeFolders.FlushFolder(staging);
            Step("swap");
            string retired = Swap(staging, target, parent, name, Step);
            swapped = true;
            Step("flush parent");
            NativeFolders.FlushFolder(parent);
            Step("retire");
            TryDeleteFolder(retired);
            return [.. files.Select(f => Path.Combine(target, f.FileName))];
        }
        catch (Exception e) when (e is not SimulatedCrashException && !swapped)
        {
            TryDeleteFolder(staging);
            RemoveEmpty(created);
            if (e is IOException or UnauthorizedAccessException)
                throw CannotWrite(target, e);
            throw;
        }
    }

    /// <summary>Writes the files side by side (the deck, the workbook, the results are independent), each flushed to disk. A failure is rethrown as it was, the first in file order, so the error a user sees does not depend on timing.</summary>
    private static void WriteAll(string staging, IReadOnlyList<OutputFile> files, Action<string> step)
    {
        var failures = new ExceptionDispatchInfo?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                step("write " + files[i].FileName);
                using var stream = new FileStream(Path.Combine(staging, files[i].FileName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                files[i].Write(stream);
                stream.Flush(flushToDisk: true);
            }
            catch (Exception e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        });
        foreach (var failure in failures.Where(f => f?.SourceException is SimulatedCrashException))
            failure!.Throw();
        foreach (var failure in failures)
            failure?.Throw();
    }

    /// <summary>
    /// Puts the new folder in place and returns the path now holding the previous set (to be deleted). Where the system
    /// can exchange two folders atomically (Linux, macOS) that is one step; elsewhere the previous folder is renamed aside
    /// first, and a crash between the two renames is repaired by the next run (<see cref="Recover"/>).
    /// </summary>
    private static string Swap(string staging, string target, string parent, string name, Action<string> step)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return staging;
        }
        if (NativeFolders.TryExchange(staging, target))
            return staging;
        string previous = Path.Combine(parent, $".{name}.{Environment.ProcessId}{PreviousSuffix}");
        Directory.Move(target, previous);
        step("swap second rename");
        Directory.Move(staging, target);
        return previous;
    }

    /// <summary>
    /// Repairs what an interrupted run left: a period folder renamed aside and never replaced is put back, and every
    /// staging or retired folder is removed. Runs only under the output folder's lock, so no live run owns them.
    /// </summary>
    private static void Recover(string parent, string name, string target)
    {
        string[] previous = Directory.GetDirectories(parent, $".{name}.*{PreviousSuffix}");
        if (!Directory.Exists(target) && previous.Length > 0)
            Directory.Move(previous.OrderByDescending(Directory.GetLastWriteTimeUtc).First(), target);
        foreach (string leftover in Directory.GetDirectories(parent, $".{name}.*{PreviousSuffix}")
                     .Concat(Directory.GetDirectories(parent, $".{name}.*{StagingSuffix}")))
            TryDeleteFolder(leftover);
    }

    /// <summary>Copies the files a person put in the period folder (anything this product does not write) into the new one.</summary>
    private static void CarryOver(string from, string to, HashSet<string> owned)
    {
        foreach (string entry in Directory.EnumerateFileSystemEntries(from))
        {
            string entryName = Path.GetFileName(entry);
            if (owned.Contains(entryName) || IsLeftover(entryName))
                continue;
            string destination = Path.Combine(to, entryName);
            if (Directory.Exists(entry))
            {
                Directory.CreateDirectory(destination);
                CarryOver(entry, destination, []);
            }
            else
            {
                File.Copy(entry, destination);
                using var stream = new FileStream(destination, FileMode.Open, FileAccess.ReadWrite);
                stream.Flush(flushToDisk: true);
            }
        }
    }

    /// <summary>A temporary file of an earlier version's per-file commit (.name.pid.partial, .name.pid.previous).</summary>
    private static bool IsLeftover(string fileName) =>
        fileName.StartsWith('.') && (fileName.EndsWith(TempSuffix, StringComparison.Ordinal) || fileName.EndsWith(PreviousSuffix, StringComparison.Ordinal));

    /// <summary>
    /// Writes <paramref name="files"/> into <paramref name="folder"/> (created if needed), each under a temporary name
    /// and then renamed into place, and returns their full paths. For folders that are not a report's own (the synthetic
    /// table beside other data files): each file is replaced atomically, not the set.
    /// </summary>
    public static IReadOnlyList<string> Commit(string folder, IReadOnlyList<OutputFile> files)
    {
        string fullFolder = Path.GetFullPath(folder);
        var temporary = new List<string>(files.Count);
        List<string> created = Missing(fullFolder);
        bool committed = false;
        try
        {
            Directory.CreateDirectory(fullFolder);
            foreach (string leftover in Directory.GetFiles(fullFolder, ".*" + TempSuffix))
                TryDelete(leftover);
            foreach (OutputFile file in files)
                temporary.Add(Path.Combine(fullFolder, $".{file.FileName}.{Environment.ProcessId}{TempSuffix}"));
            Parallel.For(0, files.Count, i =>
            {
                using var stream = new FileStream(temporary[i], FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                files[i].Write(stream);
                stream.Flush(flushToDisk: true);
            });
            var written = new List<string>(files.Count);
            for (int i = 0; i < files.Count; i++)
            {
                string target = Path.Combine(fullFolder, files[i].FileName);
                File.Move(temporary[i], target, overwrite: true);
                written.Add(target);
            }
            NativeFolders.FlushFolder(fullFolder);
            committed = true;
            return written;
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0 && e.InnerExceptions[0] is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(fullFolder, e.InnerExceptions[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(fullFolder, e);
        }
        finally
        {
            foreach (string temp in temporary)
                TryDelete(temp);
            // A failed run leaves no trace: a folder it made would otherwise sit there empty.
            if (!committed)
                RemoveEmpty(created);
        }
    }

    /// <summary>The folders from <paramref name="folder"/> upwards that do not exist yet, innermost first.</summary>
    private static List<string> Missing(string folder)
    {
        var missing = new List<string>();
        for (string? at = folder; at is not null && !Directory.Exists(at); at = Path.GetDirectoryName(at))
            missing.Add(at);
        return missing;
    }

    /// <summary>Removes the folders a failed run created, innermost first, as long as they are empty.</summary>
    private static void RemoveEmpty(List<string> created)
    {
        foreach (string folder in created)
        {
            try
            {
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                    Directory.Delete(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort, as for the temporary files.
            }
        }
    }

    /// <summary>A place the outputs cannot go (no space, no permission, a file in the way): its own exit code, 3.</summary>
    internal static InputException CannotWrite(string folder, Exception e) =>
        new(ProblemKind.CannotWrite, new SourceLocation(folder), $"cannot write the outputs: {e.Message}",
            "Check that the disk has space, that the folder is writable and that no output file is open in another program (Excel, a PDF viewer); the previous outputs were left as they were.");

    private static void TryDeleteFolder(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next run removes leftover staging and retired folders.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temp file is named .*.partial and is removed by the next run.
        }
    }
}
