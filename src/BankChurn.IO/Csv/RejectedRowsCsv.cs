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

    /// <summary>
    /// One RFC 4180 field. A value that a spreadsheet would run as a formula (=, +, @, or - not starting a number)
    /// gets a leading apostrophe: the cell comes from the client file and must stay text (CSV injection).
    /// </summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && (value[0] is '=' or '+' or '@' or '\t' or '\r'
            || (value[0] == '-' && (value.Length == 1 || !char.IsAsciiDigit(value[1])))))
        {
            value = "'" + value;
        }
        bool quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
