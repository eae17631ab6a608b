using BankChurn.IO.Output;

namespace BankChurn.IO.Tests.Output;

/// <summary>A failed commit leaves no folder it made: an empty period folder would pass for last month's outputs.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bankchurn-outfolder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static OutputFile Failing(string name) => new(name, _ => throw new IOException("disk full"));

    [Fact]
    public void Commit_WriterFails_RemovesTheFoldersItCreated()
    {
        string period = Path.Combine(_folder, "out", "2026-11");

        Assert.ThrowsAny<Exception>(() => OutputFolder.Commit(period, [new OutputFile("a.txt", s => s.WriteByte(1)), Failing("b.txt")]));

        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
        Assert.True(Directory.Exists(_folder));
    }

    [Fact]
    public void Commit_WriterFails_KeepsAFolderThatWasThereWithItsFiles()
    {
        string period = Path.Combine(_folder, "2026-11");
        Directory.CreateDirectory(period);
        File.WriteAllText(Path.Combine(period, "b.txt"), "previous");

        Assert.ThrowsAny<Exception>(() => OutputFolder.Commit(period, [Failing("b.txt")]));

        Assert.Equal("previous", File.ReadAllText(Path.Combine(period, "b.txt")));
        Assert.Single(Directory.GetFiles(period));
    }

    [Fact]
    public void Commit_Succeeds_KeepsTheNewFolder()
    {
        string period = Path.Combine(_folder, "out", "2026-11");

        IReadOnlyList<string> written = OutputFolder.Commit(period, [new OutputFile("a.txt", s => s.WriteByte(1))]);

        Assert.Equal([Path.Combine(period, "a.txt")], written);
    }
}
