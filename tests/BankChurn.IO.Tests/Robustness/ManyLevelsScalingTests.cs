using System.Diagnostics;
using System.Text;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>Tests that count the bytes the whole process allocates, so nothing else may run beside them.</summary>
[CollectionDefinition(nameof(AllocationMeasured), DisableParallelization = true)]
public sealed class AllocationMeasured;

/// <summary>
/// Issue 14: time and memory grow at most linearly with a category column's levels. Only the stages before
/// <c>analysis.max_levels</c> applies see every level (reading the file, the cleaning rules, the grouping itself);
/// everything after sees at most max_levels. Here the same 100,000 rows are read, cleaned and capped with 30 distinct
/// cities and with 100,000 (every client its own city), and the extra bytes per extra level are bounded by a constant:
/// quadratic work would allocate about 100,000 times more per level.
/// </summary>
[Collection(nameof(AllocationMeasured))]
public sealed class ManyLevelsScalingTests(ITestOutputHelper log) : IDisposable
{
    private const int Rows = 100_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("bankchurn-levels-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The valid synthetic rows repeated to <see cref="Rows"/>, the city of row i replaced by one of <paramref name="cities"/> names.</summary>
    private string Table(int cities)
    {
        string[] lines = Encoding.UTF8.GetString(MutationBench.ValidData).TrimEnd('\n').Split('\n');
        int city = Array.FindIndex(lines[0].TrimEnd('\r').Split(','), h => string.Equals(h, "city", StringComparison.OrdinalIgnoreCase));
        var text = new StringBuilder(lines[0].TrimEnd('\r')).Append('\n');
        for (int row = 0; row < Rows; row++)
        {
            string[] fields = lines[1 + row % (lines.Length - 1)].TrimEnd('\r').Split(',');
            fields[city] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Город {row % cities:D6}");
            text.AppendJoin(',', fields).Append('\n');
        }
        string path = Path.Combine(_folder, $"clients-{cities}.csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static (long Bytes, TimeSpan Took, int Levels) ReadCleanAndCap(string path)
    {
        ReportSettings settings = ConfigFile.Read(RepoPaths.Config, ["input.path=" + path, "cleaning.exclude[0].rule=city in ['Город 000001', 'Город 000002'] or products == 0"], DateTimeOffset.UnixEpoch);
        GC.Collect();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        LoadedClients loaded = ClientsCsv.Read(settings.Input);
        CleanedClients cleaned = Cleaning.Apply(loaded.Table, settings.Cleaning);
        ClientTable capped = CategoryGrouping.Cap(cleaned.Table, settings.Analysis.MaxLevels, n => CategoryGrouping.OtherLabel(n, russian: true));
        TimeSpan took = clock.Elapsed;
        return (GC.GetTotalAllocatedBytes(precise: true) - before, took, capped.Category(ClientSchema.City).Levels.Length);
    }

    [Fact]
    public void ReadCleanAndCap_100000DistinctCities_CostAConstantPerExtraLevel()
    {
        string few = Table(30), many = Table(Rows);
        ReadCleanAndCap(few); // warm up: JIT and the config reader
        (long fewBytes, TimeSpan fewTook, int fewLevels) = ReadCleanAndCap(few);
        (long manyBytes, TimeSpan manyTook, int manyLevels) = ReadCleanAndCap(many);
        Assert.Equal(30, fewLevels);
        Assert.Equal(30, manyLevels);
        double perLevel = (double)(manyBytes - fewBytes) / (Rows - 30);
        log.WriteLine($"30 cities: {fewBytes / 1e6:F1} MB allocated, {fewTook.TotalSeconds:F2} s; {Rows:N0} cities: {manyBytes / 1e6:F1} MB, {manyTook.TotalSeconds:F2} s; {perLevel:F0} bytes per extra level");
        // A level costs its name (about 60 bytes as a string), a dictionary entry and a few ints: under 1 KB. Work
        // quadratic in levels would cost a multiple of the level count (100,000) per level.
        Assert.True(perLevel < 1024, $"{perLevel:F0} bytes allocated per extra level");
        Assert.True(manyTook < TimeSpan.FromSeconds(30), $"{manyTook} to read, clean and cap {Rows:N0} levels");
    }
}
