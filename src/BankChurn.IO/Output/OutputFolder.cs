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

    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/> (created if needed) and returns their full paths.</summary>
    /// <param name="obsolete">Files of earlier runs that this run does not produce and that would mislead if left (e.g. rejected_rows.csv).</param>
    public static IReadOnlyList<string> Commit(string folder, IReadOnlyList<OutputFile> files, IReadOnlyList<string>? obsolete = null)
    {
        string fullFolder = Path.GetFullPath(folder);
        try
        {
            Directory.CreateDirectory(fullFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(fullFolder, e);
        }

        var temporary = new List<string>(files.Count);
        try
        {
            foreach (OutputFile file in files)
            {
                string temp = Path.Combine(fullFolder, $".{file.FileName}.{Environment.ProcessId}{TempSuffix}");
                temporary.Add(temp);
                using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
                {
                    file.Write(stream);
                    stream.Flush(flushToDisk: true);
                }
            }
            var written = new List<string>(files.Count);
            for (int i = 0; i < files.Count; i++)
            {
                string target = Path.Combine(fullFolder, files[i].FileName);
                File.Move(temporary[i], target, overwrite: true);
                written.Add(target);
            }
            foreach (string stale in obsolete ?? [])
                File.Delete(Path.Combine(fullFolder, stale));
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
        }
    }

    private static InputException CannotWrite(string folder, Exception e) =>
        new(ProblemKind.Data, new SourceLocation(folder), $"cannot write the outputs: {e.Message}",
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
