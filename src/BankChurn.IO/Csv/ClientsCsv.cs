using System.Collections.Immutable;
using System.Text;
using BankChurn.Core;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using CsvHelper;

namespace BankChurn.IO.Csv;

/// <summary>
/// Loads the month's client table (SPEC "Input data") into columns: detects encoding, separator and decimal mark unless
/// the config sets them, maps the source headers to canonical columns, and validates every cell, reporting all
/// problems with their line numbers at once. Invalid rows fail the run or are returned as rejected, per the config.
/// </summary>
public sealed class ClientsCsv
{
    private readonly InputSettings _settings;

    public ClientsCsv(InputSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
    }

    /// <summary>Reads the table named by <paramref name="settings"/>; see <see cref="Read()"/>.</summary>
    public static LoadedClients Read(InputSettings settings) => new ClientsCsv(settings).Read();

    /// <summary>Reads and validates the whole file.</summary>
    /// <exception cref="InputException">The file is missing, empty, header-only, lacks a required column, or has invalid rows under <see cref="InvalidRowPolicy.Fail"/>.</exception>
    public LoadedClients Read()
    {
        string path = _settings.Path;
        CsvSample sample = OpenSample(path);
        if (sample.IsBlank())
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(path), "the file is empty: it has no header and no rows.",
                "Export the month's client table again, or point input.path (or --data) at the right file.");
        }
        (DetectedFormat format, Encoding? readerEncoding, string sampleText) = CsvFormatDetector.Detect(sample, _settings);
        var options = CsvReaderOptions.Default with
        {
            Separator = format.Separator,
            Encoding = readerEncoding,
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            // Client rows are personal data: library messages must not carry cell values into logs.
            IncludeValuesInExceptions = false,
            DetectSeparatorHint = false,
        };
        try
        {
            using CsvReader reader = CsvReader.FromFile(path, options);
            return ReadRows(reader, format, EstimateRows(sample, sampleText));
        }
        catch (CsvFormatException problem)
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(path, problem.LineNumber > 0 ? (int)problem.LineNumber : null),
                "the file is not valid CSV (a quote is probably not closed).", "Check the quoting of the line, or export the table again.");
        }
        catch (IOException problem)
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(path), $"the file cannot be read: {problem.Message}",
                "Check that no other program is writing it and that it is readable.");
        }
    }

    private LoadedClients ReadRows(CsvReader reader, DetectedFormat format, int estimatedRows)
    {
        string path = _settings.Path;
        IReadOnlyList<string> headers = [.. reader.Headers];
        if (headers.Count == 0 || headers.All(h => ClientColumnBinding.Normalize(h).Length == 0))
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(path, 1), "the file has no header line.",
                "The first line must name the columns (user_id, score, city, ...).");
        }
        ImmutableArray<BoundColumn> columns = ClientColumnBinding.Bind(headers, _settings.ColumnMap, path);
        var rows = new RowValidator(columns, format.DecimalMark, headers.Count);
        var builder = new ClientColumnsBuilder(rows.NumericNames, rows.CategoryNames, estimatedRows, _settings.MaxTextLength);
        var log = new ProblemLog(_settings.OnInvalidRow, _settings.MaxReportedProblems);
        int rowsRead = 0;
        while (reader.Read())
        {
            rowsRead++;
            builder.EnsureRoom();
            int line = (int)reader.LineNumber;
            ThrowIfQuoteFoldedLines(reader, line, headers, (byte)format.Separator, path);
            int before = log.Problems;
            rows.Validate(reader, line, builder, log, path);
            if (log.Problems == before)
                builder.Commit();
            else
                log.CountInvalidRow();
        }
        if (rowsRead == 0)
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(path, 1),
                "the file has a header but no client rows.", "Export the month's client table again: the export stopped after the header.");
        }
        if (log.InvalidRows > 0 && (_settings.OnInvalidRow == InvalidRowPolicy.Fail || builder.Count == 0))
            throw log.ToException(path, rowsRead);
        return new LoadedClients(builder.Build(), rowsRead, log.Rejected, format);
    }

    /// <summary>
    /// A quoted value may hold a line break ("Рыбинск\nцентр"), but one that holds a line break and a separator is a
    /// quote that opened on <paramref name="line"/> and was not closed where it should have been: the parser folded the
    /// following rows (up to the next quote, or the end of the file) into one value. That is a fault in the file's
    /// structure, not in one row, so it stops the run in both <c>fail</c> and <c>skip</c> modes: skipping would
    /// silently drop the folded rows.
    /// </summary>
    private static void ThrowIfQuoteFoldedLines(CsvReader reader, int line, IReadOnlyList<string> headers, byte separator, string path)
    {
        for (int i = 0; i < reader.FieldCount; i++)
        {
            ReadOnlySpan<byte> field = reader.GetSpan(i);
            if (field.IndexOfAny((byte)'\n', (byte)'\r') < 0 || !field.Contains(separator))
                continue;
            ReadOnlySpan<byte> inside = field.TrimEnd("\r\n"u8);
            int folded = Math.Max(1, inside.Count((byte)'\n') + inside.Count((byte)'\r') - inside.Count("\r\n"u8));
            string column = i < headers.Count ? headers[i] : $"field {i + 1}";
            throw new InputException(ProblemKind.Data, new SourceLocation(path, line, column),
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"a quote opened on line {line} is not closed on that line, so lines {line} to {line + folded} (or the end of the file) were read as one value."),
                "Remove the stray quote or close it; a quote inside a value is written twice (\"\").");
        }
    }

    private static CsvSample OpenSample(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(ProblemKind.Usage, new SourceLocation(path), "this is a folder, not the client table file.",
                "Point input.path in report.config.yaml (or --data) at the CSV file itself.");
        }
        if (!File.Exists(path))
        {
            throw new InputException(ProblemKind.Usage, new SourceLocation(path), "the client table file does not exist.",
                $"Check input.path in report.config.yaml or --data (relative paths start at {Directory.GetCurrentDirectory()}).");
        }
        try
        {
            return CsvSample.Read(path);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            throw new InputException(ProblemKind.Data, new SourceLocation(path), $"the file cannot be read: {problem.Message}",
                "Check that it is readable and not locked by another program.");
        }
    }

    /// <summary>
    /// The row count to size the columns for, from the file length and the bytes per line of the sample, with 5 %
    /// to spare: one allocation for the common case instead of a series of doublings and copies.
    /// </summary>
    private static int EstimateRows(CsvSample sample, string sampleText)
    {
        if (sample.IsWholeFile) return sampleText.Count(c => c == '\n') + 1;
        int lines = sample.Bytes.Span.Count((byte)'\n');
        if (lines == 0) return 1024;
        double bytesPerLine = (double)sample.Bytes.Length / lines;
        return (int)Math.Min(Array.MaxLength, sample.FileLength / bytesPerLine * 1.05 + 16);
    }
}
