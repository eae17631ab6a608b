using BankChurn.Core.Report;

namespace BankChurn.IO;

/// <summary>
/// One output format of the report. Writers never touch paths: the caller owns the file name, the folder and
/// atomic replacement, and hands a writable stream.
/// </summary>
public interface IReportWriter
{
    /// <summary>The output's file name inside the period folder, such as "report.pdf".</summary>
    string FileName { get; }

    /// <summary>Writes the whole document to <paramref name="stream"/>; throws InputException for a user-fixable setting (font, licence, colour).</summary>
    void Write(Report report, Stream stream);
}
