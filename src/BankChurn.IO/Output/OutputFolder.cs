using System.Runtime.ExceptionServices;
using BankChurn.Core;

namespace BankChurn.IO.Output;

/// <summary>
/// Owns the output folder: writes every file of a run to a temporary name beside its target, and only when all of
/// them are complete moves them into place. A failed run therefore leaves the previous outputs as they were and no
/// temporary file behind.
/// </summary>
public static class OutputFolder
{
    private const string TempSuffix = ".partial";
    private const string PreviousSuffix = ".previous";

    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/> (created if needed) and returns their full paths.</summary>
    /// <param name="obsolete">Files of earlier runs that this run does not produce and that would mislead if left (e.g. rejected_rows.csv).</param>
    public static IReadOnlyList<string> Commit(string folder, IReadOnlyList<OutputFile> files, IReadOnlyList<string>? obsolete = null)
    {
        string fullFolder = Path.GetFullPath(folder);
        List<string> created = Missing(fullFolder);
        try
        {
            Directory.CreateDirectory(fullFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveEmpty(created);
            throw CannotWrite(fullFolder, e);
        }

        var temporary = new List<string>(files.Count);
        bool committed = false;
        try
        {
            foreach (OutputFile file in files)
                temporary.Add(Path.Combine(fullFolder, $".{file.FileName}.{Environment.ProcessId}{TempSuffix}"));

            // The files are independent (the deck, the workbook, the results): render them side by side. A failure is
            // rethrown as it was, the first in file order, so the error a user sees does not depend on timing.
            var failures = new ExceptionDispatchInfo?[files.Count];
            Parallel.For(0, files.Count, i =>
            {
                try
                {
                    using var stream = new FileStream(temporary[i], FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                    files[i].Write(stream);
                    stream.Flush(flushToDisk: true);
                }
                catch (Exception e)
                {
                    failures[i] = ExceptionDispatchInfo.Capture(e);
                }
            });
            foreach (var failure in failures)
                failure?.Throw();
            IReadOnlyList<string> written = MoveIntoPlace(fullFolder, files, temporary);
            foreach (string stale in obsolete ?? [])
                File.Delete(Path.Combine(fullFolder, stale));
            committed = true;
            return written;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(fullFolder, e);
        }
        finally
        {
            foreach (string temp in temporary)
                TryDelete(temp);
            // A failed run leaves no trace: a period folder it made (and an output folder above it) would otherwise sit
            // there empty, and next month's run would find it as "the previous month" with nothing inside.
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

    /// <summary>
    /// Replaces the previous outputs with the new ones as one step: each previous file is first renamed aside, and if
    /// any move fails (a target that is a folder, a file the system will not replace) the new files are removed and
    /// the previous ones put back, so the folder never mixes this run's files with the last run's.
    /// </summary>
    private static List<string> MoveIntoPlace(string folder, IReadOnlyList<OutputFile> files, List<string> temporary)
    {
        var written = new List<string>(files.Count);
        var asides = new List<(string Target, string Aside)>();
        try
        {
            for (int i = 0; i < files.Count; i++)
            {
                string target = Path.Combine(folder, files[i].FileName);
                if (Directory.Exists(target))
                    throw new IOException($"{files[i].FileName} is a folder, so the new file cannot take its place.");
                if (File.Exists(target))
                {
                    string aside = Path.Combine(folder, $".{files[i].FileName}.{Environment.ProcessId}{PreviousSuffix}");
                    File.Move(target, aside, overwrite: true);
                    asides.Add((target, aside));
                }
                File.Move(temporary[i], target, overwrite: false);
                written.Add(target);
            }
        }
        catch
        {
            foreach (string target in written)
                TryDelete(target);
            foreach ((string target, string aside) in asides)
                TryRestore(aside, target);
            throw;
        }
        foreach ((_, string aside) in asides)
            TryDelete(aside);
        return written;
    }

    private static void TryRestore(string aside, string target)
    {
        try
        {
            File.Move(aside, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the previous file keeps its .previous name beside the target.
        }
    }

    private static InputException CannotWrite(string folder, Exception e) =>
        // A place the outputs cannot go is a problem with how the run was set up (--out, output.folder), not with the data.
        new(ProblemKind.Usage, new SourceLocation(folder), $"cannot write the outputs: {e.Message}",
            "Check that the folder is writable and that no output file is open in another program (Excel, a PDF viewer); the previous outputs were left as they were.");

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp file is named .*.partial and is overwritten by the next run.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
