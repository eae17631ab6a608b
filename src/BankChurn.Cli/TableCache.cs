using System.Globalization;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using BankChurn.IO.Csv;
using BankChurn.IO.Postgres;

namespace BankChurn.Cli;

/// <summary>
/// The last loaded client table, reused while the data file and the input settings are unchanged: under
/// <c>--watch</c> a config or template edit does not re-read the data.
/// </summary>
internal sealed class TableCache
{
    private string? _key;
    private LoadedClients? _loaded;

    /// <summary>True when the last <see cref="Load"/> reused the cached table.</summary>
    public bool LastWasReused { get; private set; }

    /// <exception cref="Core.InputException">The data file is missing or has problems.</exception>
    public LoadedClients Load(InputSettings input, ReportSettings? run = null)
    {
        // A database table can change at any moment without a file stamp to notice it by: it is read every time.
        if (input.Database is not null)
        {
            LastWasReused = false;
            (_key, _loaded) = (null, null);
            return ClientsPostgres.Read(input, run);
        }
        string key = KeyOf(input);
        if (_loaded is not null && string.Equals(key, _key, StringComparison.Ordinal))
        {
            LastWasReused = true;
            return _loaded;
        }
        LastWasReused = false;
        _loaded = null;
        LoadedClients loaded = ClientsCsv.Read(input);
        (_key, _loaded) = (key, loaded);
        return loaded;
    }

    /// <summary>Everything that decides what loading gives: the settings, and the file's size and modification time.</summary>
    private static string KeyOf(InputSettings input)
    {
        var file = new FileInfo(input.Path);
        string stamp = file.Exists
            ? string.Create(CultureInfo.InvariantCulture, $"{file.Length}:{file.LastWriteTimeUtc.Ticks}")
            : "absent";
        string columns = string.Join(",", input.ColumnMap.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        return string.Join("|", input.Path, stamp, columns, input.Encoding, input.Separator, input.DecimalMark, input.OnInvalidRow, input.MaxReportedProblems, input.MaxTextLength);
    }
}
