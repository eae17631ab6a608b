using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using BankChurn.Core;
using BankChurn.Core.Changes;
using BankChurn.Core.Rules;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Json;

/// <summary>
/// Finds and reads last period's results.json for month over month. Only the fields the comparison needs are read,
/// and fields it does not know are ignored, so a file written by a later minor version still reads.
/// </summary>
public static class PreviousResultsJson
{
    private const string ConfigKey = "comparison.previous_results";

    /// <summary>
    /// Last period's results for a run of <paramref name="settings"/>: the file named in the config, or
    /// &lt;output folder&gt;/&lt;previous month&gt;/results.json. A missing default file means nothing to compare with;
    /// a missing configured file, a malformed file or another schema is an <see cref="InputException"/>.
    /// </summary>
    public static PreviousPeriod Find(ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string currentFolder = Path.GetFullPath(Path.Combine(settings.Output.Folder, settings.Report.Period));
        string previousPeriod = PreviousMonth(settings.Report.Period);
        string? configured = settings.Comparison.PreviousResults;
        string path = configured ?? Path.Combine(settings.Output.Folder, previousPeriod, ResultsJson.FileName);
        string shown = Path.GetRelativePath(currentFolder, Path.GetFullPath(path)).Replace('\\', '/');
        if (!File.Exists(path))
        {
            if (configured is not null)
                throw new InputException(ProblemKind.Usage, new SourceLocation(settings.ConfigFile, Field: ConfigKey),
                    $"the previous results file '{configured}' does not exist.",
                    "Point it at last period's results.json, or set it to null to look in the output folder.");
            return new PreviousPeriod(previousPeriod, shown, null);
        }
        PreviousResults results = Read(path);
        return new PreviousPeriod(results.Period, shown, results);
    }

    /// <summary>"2026-10" for "2026-11", "2025-12" for "2026-01"; a period that is not yyyy-MM is returned as it is.</summary>
    public static string PreviousMonth(string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly first))
            return period;
        // January of year 1 has no month before it in the calendar; name one that no folder can hold.
        return first.Year == 1 && first.Month == 1 ? "0000-12" : first.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the parts of a results.json that month over month compares.</summary>
    public static PreviousResults Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(ReadBounded(path));
        }
        catch (JsonException problem)
        {
            throw Bad(path, problem.LineNumber is { } line ? (int)line + 1 : null,
                $"this is not valid JSON ({problem.Message.Split(" Path:", StringSplitOptions.None)[0].TrimEnd('.')}).");
        }
        catch (IOException problem)
        {
            throw Bad(path, null, $"the file cannot be read ({problem.Message}).");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw Bad(path, null, "the file does not hold a results object.");
            string version = Text(root, "schema_version") ?? "";
            string major = ResultsJson.SchemaVersion.Split('.')[0];
            if (version.Split('.')[0] != major)
                throw new InputException(ProblemKind.Data, new SourceLocation(path, Field: "schema_version"),
                    $"the file has schema_version '{version}', and this version of BankChurn reads {major}.x.",
                    "Regenerate last period's report with this version, or set comparison.previous_results to null to skip the comparison.");
            try
            {
                var results = new PreviousResults(
                    Text(root, "period") ?? "",
                    Figures(root),
                    Segments(root),
                    Partition(root));
                CheckRules(results);
                return results;
            }
            catch (Exception problem) when (problem is InvalidOperationException or FormatException or KeyNotFoundException)
            {
                throw Bad(path, null, $"a field has an unexpected shape ({problem.Message}).");
            }
        }
    }

    /// <summary>A results.json is a few hundred kilobytes; anything past this is not one (or is a device or an endless stream).</summary>
    public const int MaxBytes = 64 << 20;

    /// <summary>
    /// Far larger than any bank's figure, even with a value formula in kopecks: a number beyond it in a previous file is
    /// damage, and its square (a variance, a test statistic) would overflow.
    /// </summary>
    public const double MaxMagnitude = 1e100;

    /// <summary>Nonzero figures smaller than this are damage too: subnormal numbers (5e-324) turn into infinities when divided into.</summary>
    public const double MinMagnitude = 1e-300;

    /// <summary>How long reading the previous file may take: a pipe with no writer would otherwise block the run for good.</summary>
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The file's bytes, at most <see cref="MaxBytes"/>: a device (/dev/zero), an endless stream or a huge file is refused
    /// instead of read forever, and a pipe that never delivers is given up after <see cref="ReadTimeout"/>.
    /// </summary>
    private static byte[] ReadBounded(string path)
    {
        if (new FileInfo(path).Length > MaxBytes)
            throw Bad(path, null, string.Create(CultureInfo.InvariantCulture, $"the file is larger than {MaxBytes >> 20} MB, and a results.json is far smaller."));
        Task<byte[]?> reading = Task.Factory.StartNew(() =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
            var buffer = new MemoryStream();
            byte[] chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBytes)
                    return null;
            }
            return buffer.ToArray();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!reading.Wait(ReadTimeout))
                throw Bad(path, null, string.Create(CultureInfo.InvariantCulture, $"the file could not be read within {ReadTimeout.TotalSeconds:0} s (a pipe or device that does not deliver?)."));
        }
        catch (AggregateException e) when (e.InnerException is IOException or UnauthorizedAccessException)
        {
            throw Bad(path, null, $"the file cannot be read ({e.InnerException.Message}).");
        }
        return reading.Result ?? throw Bad(path, null,
            string.Create(CultureInfo.InvariantCulture, $"the file goes on past {MaxBytes >> 20} MB (a device or an endless stream?); a results.json is far smaller."));
    }

    /// <summary>
    /// The rules last period's segments and partition cells carry are applied to this period's clients: one nested
    /// deeper than a rule may be would overflow the stack, and a partition whose cells without a rule are not exactly
    /// the last one (the rest of the base) would not line up with this period's cells.
    /// </summary>
    private static void CheckRules(PreviousResults results)
    {
        foreach (PreviousSegment segment in results.Segments)
            if (Rule.IsTooDeep(segment.Rule))
                throw new FormatException($"segment '{segment.Id}' has a rule nested more than {Rule.MaxDepth} levels deep");
        for (int i = 0; i < results.Partition.Length; i++)
        {
            PartitionCell cell = results.Partition[i];
            bool last = i == results.Partition.Length - 1;
            if (cell.Rule is null && !last)
                throw new FormatException($"partition cell '{cell.Id}' has no rule, and only the last cell (the rest of the base) may have none");
            if (cell.Rule is not null && last)
                throw new FormatException($"the last partition cell '{cell.Id}' has a rule, but it must be the rest of the base");
            if (cell.Rule is not null && Rule.IsTooDeep(cell.Rule))
                throw new FormatException($"partition cell '{cell.Id}' has a rule nested more than {Rule.MaxDepth} levels deep");
        }
    }

    /// <summary>A figure a report could have written: finite, and neither astronomically large nor vanishingly small.</summary>
    private static double Sane(double value, string field) =>
        double.IsFinite(value) && Math.Abs(value) <= MaxMagnitude && (value == 0 || Math.Abs(value) >= MinMagnitude)
            ? value
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{field}' is {value:R}, outside the range a report writes (0 or {MinMagnitude:0e0} to {MaxMagnitude:0e0} in size)"));

    /// <summary>Every number directly under "churn", "value" and "data", and under "data.missing", by its dotted path.</summary>
    private static ImmutableDictionary<string, double> Figures(JsonElement root)
    {
        var figures = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (string block in new[] { "churn", "value", "data" })
            Numbers(root, block, block + ".", figures);
        if (root.TryGetProperty("data", out JsonElement data) && data.ValueKind == JsonValueKind.Object)
            Numbers(data, "missing", HeadlineFigures.MissingPrefix, figures);
        return figures.ToImmutable();
    }

    private static void Numbers(JsonElement parent, string name, string prefix, ImmutableDictionary<string, double>.Builder into)
    {
        if (!parent.TryGetProperty(name, out JsonElement block) || block.ValueKind != JsonValueKind.Object)
            return;
        foreach (JsonProperty property in block.EnumerateObject())
            if (property.Value.ValueKind == JsonValueKind.Number)
                into[prefix + property.Name] = Sane(property.Value.TryGetDouble(out double value) ? value : double.PositiveInfinity, prefix + property.Name);
    }

    private static ImmutableArray<PreviousSegment> Segments(JsonElement root)
    {
        if (!root.TryGetProperty("segments", out JsonElement segments) || segments.ValueKind != JsonValueKind.Array)
            return [];
        return
        [
            .. segments.EnumerateArray().Select(s => new PreviousSegment(
                Text(s, "id") ?? throw new FormatException("a segment has no id"),
                Text(s, "name") ?? "",
                Text(s, "name_en") ?? Text(s, "name") ?? "",
                Text(s, "rule") ?? throw new FormatException($"segment '{Text(s, "id")}' has no rule"),
                Text(s, "goal") == "acquisition" ? SegmentGoal.Acquisition : SegmentGoal.Retention,
                Text(s, "source") == "discovered" ? SegmentSource.Discovered : SegmentSource.Config,
                Count(s),
                s.TryGetProperty("lift", out JsonElement lift) && lift.ValueKind == JsonValueKind.Number ? Sane(lift.GetDouble(), "segments.lift") : 1,
                s.TryGetProperty("priority", out JsonElement priority) && priority.ValueKind == JsonValueKind.Number ? priority.GetInt32() : 0)),
        ];
    }

    private static ImmutableArray<PartitionCell> Partition(JsonElement root)
    {
        if (!root.TryGetProperty(ResultsJson.PartitionBlock, out JsonElement block) || block.ValueKind != JsonValueKind.Object
            || !block.TryGetProperty("cells", out JsonElement cells) || cells.ValueKind != JsonValueKind.Array)
            return [];
        return
        [
            .. cells.EnumerateArray().Select(c => new PartitionCell(
                Text(c, "id") ?? throw new FormatException("a partition cell has no id"),
                Text(c, "rule"),
                Count(c))),
        ];
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static SegmentCount Count(JsonElement element)
    {
        int clients = Whole(element, "clients"), churned = Whole(element, "churned");
        return churned <= clients ? new SegmentCount(clients, churned) : throw new FormatException($"{churned} churned of {clients} clients");
    }

    private static int Whole(JsonElement element, string name)
    {
        int value = element.GetProperty(name).GetInt32();
        return value >= 0 ? value : throw new FormatException($"'{name}' is negative");
    }

    private static InputException Bad(string path, int? line, string problem) =>
        new(ProblemKind.Data, new SourceLocation(path, line), problem,
            "Regenerate last period's report, or set comparison.previous_results to null and remove the file to skip the comparison.");
}
