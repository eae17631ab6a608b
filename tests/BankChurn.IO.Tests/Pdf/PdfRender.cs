namespace BankChurn.IO.Tests.Pdf;

/// <summary>Writes a report to a temporary PDF file and runs poppler's tools on it.</summary>
internal static class PdfRender
{
    public static string WriteTemp(BankChurn.Core.Report.Report report)
    {
        string path = Path.Combine(Path.GetTempPath(), $"bankchurn-{Guid.NewGuid():N}.pdf");
        using (FileStream stream = File.Create(path))
            new BankChurn.IO.Pdf.PdfReportWriter().Write(report, stream);
        return path;
    }

    /// <summary>
    /// Runs a poppler tool and returns its standard output; skips with the install hint when poppler is missing (a failure
    /// under BANKCHURN_REQUIRE_TOOLS=1, as in CI).
    /// </summary>
    public static string Poppler(string tool, params string[] arguments)
    {
        Requires.Tool(Requires.OnPath(tool), $"poppler's {tool}", "apt-get install poppler-utils, or brew install poppler");
        var start = new System.Diagnostics.ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        try
        {
            using var process = System.Diagnostics.Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            string errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {errors}");
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"'{tool}' was not found. Install poppler: apt-get install poppler-utils (or brew install poppler).");
            throw;
        }
    }

    /// <summary>The words of one page, with non-breaking spaces made plain so assertions can use ordinary spaces.</summary>
    public static string PageText(string path, int page) =>
        Poppler("pdftotext", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-enc", "UTF-8", path, "-")
            .Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
