using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>An output folder that cannot be written is exit 3 ("cannot write") with a clear message, and the previous outputs survive byte for byte.</summary>
public sealed class UnwritableOutputTests : IDisposable
{
    private readonly OutputCase _case = new();

    public void Dispose() => _case.Dispose();

    private static void AssertCleanRefusal(CliRun run, string names)
    {
        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.StartsWith("error: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains("cannot write the outputs", run.Errors, StringComparison.Ordinal);
        Assert.Contains(names, run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    private void AssertUnchanged(Dictionary<string, byte[]> before)
    {
        Dictionary<string, byte[]> after = _case.Snapshot();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach ((string file, byte[] bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed");
    }

    [Fact]
    public void Generate_OutputFolderIsAFile_ExitsThree()
    {
        string notAFolder = Path.Combine(_case.Folder, "out-file");
        File.WriteAllText(notAFolder, "previous");
        AssertCleanRefusal(_case.Generate(outFolder: notAFolder), "out-file");
        Assert.Equal("previous", File.ReadAllText(notAFolder));
    }

    [Fact]
    public void Generate_OneTargetIsAFolder_IsReplacedWithTheWholeNewSet()
    {
        // The period folder is published as one unit: whatever stood at an output's name is replaced with the rest.
        Assert.Equal(0, _case.Generate().ExitCode);
        string xlsx = Path.Combine(_case.PeriodFolder, "segments.xlsx");
        File.Delete(xlsx);
        Directory.CreateDirectory(xlsx);

        CliRun run = _case.Generate(stamp: "2027-02-01T08:00:00+00:00");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(xlsx));
        Assert.Equal(["report.pdf", "results.json", "scores.csv", "segments.xlsx"], _case.Snapshot().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["2026-10"], Directory.GetFileSystemEntries(_case.Out).Select(Path.GetFileName));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Generate_ReadOnlyFolder_KeepsThePreviousOutputs()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions only.");
        Assert.Equal(0, _case.Generate().ExitCode);
        Dictionary<string, byte[]> before = _case.Snapshot();
        // The period folder is replaced as a whole from beside it, so it is the output folder above it that must be writable.
        File.SetUnixFileMode(_case.Out, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            // root ignores permission bits; the tests above cover that case with folders and files in the way.
            string probe = Path.Combine(_case.Out, ".probe");
            try
            {
                File.WriteAllText(probe, "");
                File.Delete(probe);
                Assert.Skip("This user can write a read-only folder (root); the tests above cover folders and files in the way.");
            }
            catch (UnauthorizedAccessException)
            {
                // The folder is really read-only for this user: the case under test.
            }
            AssertCleanRefusal(_case.Generate(stamp: "2027-02-01T08:00:00+00:00"), _case.Out);
            AssertUnchanged(before);
        }
        finally
        {
            File.SetUnixFileMode(_case.Out, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Generate_ParentOfOutputFolderIsAFile_ExitsThreeAndWritesNothing()
    {
        string blocker = Path.Combine(_case.Folder, "blocker");
        File.WriteAllText(blocker, "");
        AssertCleanRefusal(_case.Generate(outFolder: Path.Combine(blocker, "out")), "blocker");
        Assert.Equal(0, new FileInfo(blocker).Length);
    }
}
