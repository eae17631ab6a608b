using System.Text;
using BankChurn.IO.Output;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>
/// The period folder is published as one unit: a crash before any step of the commit leaves either the whole previous
/// set or the whole new set in place, never a mix or nothing, and the next run clears what the crash left.
/// </summary>
public sealed class AtomicCommitTests : IDisposable
{
    private static readonly string[] Names = ["results.json", "report.pdf", "segments.xlsx"];
    private static readonly string[] Owned = [.. Names, "rejected_rows.csv"];

    private readonly string _root = Directory.CreateTempSubdirectory("bankchurn-commit-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Period => Path.Combine(_root, "2026-10");

    /// <summary>Every step a commit into an existing folder goes through on this system, in order.</summary>
    private static readonly string[] StepNames =
        ["recover", "stage", "write results.json", "write report.pdf", "write segments.xlsx", "carry", "flush", "swap", "flush parent", "retire"];

    public static TheoryData<string> Steps() => [.. StepNames];

    private static List<OutputFile> Set(string tag) =>
        [.. Names.Select(n => new OutputFile(n, s => s.Write(Encoding.UTF8.GetBytes($"{tag}:{n}"))))];

    private IReadOnlyList<string> Publish(string tag, string? crashAt = null) =>
        OutputFolder.Publish(Period, Set(tag), Owned, step =>
        {
            if (step == crashAt) throw new SimulatedCrashException(step);
        });

    /// <summary>The tag of the one set the period folder holds, or a description of the mix.</summary>
    private string WholeSet()
    {
        string[] files = [.. Directory.GetFileSystemEntries(Period).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        string[] expected = [.. Names.Append("notes.txt").Order(StringComparer.Ordinal)];
        Assert.Equal(expected, files);
        Assert.Equal("a person's notes", File.ReadAllText(Path.Combine(Period, "notes.txt")));
        string[] tags = [.. Names.Select(n => File.ReadAllText(Path.Combine(Period, n)).Split(':')[0]).Distinct(StringComparer.Ordinal)];
        Assert.True(tags.Length == 1, "a mixed set: " + string.Join(", ", tags));
        return tags[0];
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Publish_CrashBeforeStep_LeavesAWholeSetAndTheNextRunCleansUp(string step)
    {
        Publish("old");
        File.WriteAllText(Path.Combine(Period, "notes.txt"), "a person's notes");
        File.WriteAllText(Path.Combine(Period, ".report.pdf.4242.partial"), "an older version's leftover");

        Assert.Throws<SimulatedCrashException>(() => Publish("new", crashAt: step));

        bool published = Array.IndexOf(StepNames, step) > Array.IndexOf(StepNames, "swap");
        string seen = published ? "new" : "old";
        if (!published)
            File.Delete(Path.Combine(Period, ".report.pdf.4242.partial")); // The old set keeps its own leftover until a run succeeds.
        Assert.Equal(seen, WholeSet());

        Publish("next");
        Assert.Equal("next", WholeSet());
        Assert.Equal(["2026-10"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Publish_FirstRunCrashes_ShowsNoSetOrTheWholeSet(string step)
    {
        Assert.Throws<SimulatedCrashException>(() => Publish("new", crashAt: step));
        bool published = step is "flush parent" or "retire";
        Assert.Equal(published, Directory.Exists(Period));
        if (published)
            Assert.Equal(Names.Order(StringComparer.Ordinal), Directory.GetFiles(Period).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        Publish("next");
        Assert.Equal(["2026-10"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
        Assert.All(Names, n => Assert.Equal("next:" + n, File.ReadAllText(Path.Combine(Period, n))));
    }

    [Fact]
    public void Publish_WriterFails_KeepsThePreviousSetAndLeavesNoStagingFolder()
    {
        Publish("old");
        File.WriteAllText(Path.Combine(Period, "notes.txt"), "a person's notes");
        List<OutputFile> files = Set("new");
        files[1] = new OutputFile("report.pdf", _ => throw new InvalidOperationException("renderer bug"));
        Assert.Throws<InvalidOperationException>(() => OutputFolder.Publish(Period, files, Owned));
        Assert.Equal("old", WholeSet());
        Assert.Equal(["2026-10"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Publish_RejectedRowsOfThePreviousRun_AreNotCarriedOver()
    {
        OutputFolder.Publish(Period, [.. Set("old"), new OutputFile("rejected_rows.csv", s => s.WriteByte((byte)'x'))], Owned);
        Publish("new");
        Assert.False(File.Exists(Path.Combine(Period, "rejected_rows.csv")));
    }

    [Fact]
    public void Publish_TargetIsAFile_IsCannotWriteWithExitThree()
    {
        File.WriteAllText(Period, "in the way");
        var problem = Assert.Throws<Core.InputException>(() => Publish("new"));
        Assert.Equal(3, problem.ExitCode);
        Assert.Contains("cannot write the outputs", problem.Message, StringComparison.Ordinal);
        Assert.Equal("in the way", File.ReadAllText(Period));
        Assert.Equal(["2026-10"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }
}
