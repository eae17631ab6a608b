using System.Globalization;
using System.Text;
using BankChurn.Core.Clients;

namespace BankChurn.IO.Csv;

/// <summary>
/// Writes the problems of the rows left out under <c>on_invalid_row: skip</c> as rejected_rows.csv: columns line,
/// column, value, problem; UTF-8 with a byte order mark, which Excel needs to show Cyrillic, and CRLF line breaks.
/// </summary>
public static class RejectedRowsCsv
{
    public static void Write(IReadOnlyList<RejectedRow> rejected, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        writer.WriteLine("line,column,value,problem");
        foreach (RejectedRow row in rejected)
        {
            writer.Write(row.Line.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(Field(row.Column));
            writer.Write(',');
            writer.Write(Field(row.Value));
            writer.Write(',');
            writer.WriteLine(Field(row.Problem));
        }
    }

    /// <summary>One field: the cells come from the client file and must stay text when opened in a spreadsheet (<see cref="CsvCellEscape"/>).</summary>
    internal static string Field(string value) => CsvCellEscape.Field(value);
}
