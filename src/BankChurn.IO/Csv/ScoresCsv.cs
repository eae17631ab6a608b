using System.Globalization;
using System.Text;
using BankChurn.Core.Analysis;
using BankChurn.Core.Campaigns;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;
using BankChurn.Core.Segments;

namespace BankChurn.IO.Csv;

/// <summary>
/// Writes scores.csv: one row per analysed client with its out-of-fold churn probability, value, expected loss, best
/// segment, campaign and control flag, for marketing to sort and filter. Columns: row (the client's line in the input
/// file), user_id, the columns segments.client_list.columns allows, churn, churn_probability, value, expected_loss,
/// segment, campaign, control. UTF-8 with a byte order mark (Excel shows Cyrillic), CRLF, invariant number format; the
/// same findings give the same bytes.
/// </summary>
public static class ScoresCsv
{
    public const string FileName = "scores.csv";

    public static void Write(ChurnFindings findings, IReadOnlyList<string> listColumns, string language, Stream output)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(listColumns);
        ArgumentNullException.ThrowIfNull(output);
        ClientTable table = findings.Segments.Clients ?? throw new InvalidOperationException("scores.csv needs the analysed table.");
        CampaignPlan plan = findings.Plan ?? throw new InvalidOperationException("scores.csv needs the campaign plan.");
        (NumericColumn values, var risk) = findings.Segments.Worth ?? throw new InvalidOperationException("scores.csv needs the client values.");
        double[] probability = findings.Model?.Probability ?? risk.Probability;
        var w = Wording.For(language);
        bool russian = w.IsRussian;
        string[] attributes = [.. listColumns.Where(c => c is not (ClientSchema.UserId or ClientSchema.Churn) && table.HasColumn(c)).Distinct(StringComparer.Ordinal)];
        Segment[] shown = [.. findings.Segments.Segments.Where(s => s.Significant)];
        string[] campaignNames = [.. plan.Campaigns.Select(c => CampaignNames.Of(c, w))];

        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        writer.WriteLine(string.Join(',', new[] { "row", ClientSchema.UserId }.Concat(attributes)
            .Concat(["churn", "churn_probability", "value", "expected_loss", "segment", "campaign", "control"])));
        CultureInfo c = CultureInfo.InvariantCulture;
        var line = new StringBuilder(256);
        for (int row = 0; row < table.RowCount; row++)
        {
            line.Clear();
            line.Append(table.SourceLines[row].ToString(c)).Append(',').Append(table.UserIds[row].ToString(c));
            foreach (string name in attributes)
            {
                line.Append(',');
                if (table.NumericColumns.TryGetValue(name, out NumericColumn? number))
                {
                    if (!number.IsMissing(row)) line.Append(Amount(number.Values[row]));
                }
                else if (table.Category(name).ValueAt(row) is { } level)
                {
                    line.Append(Field(level));
                }
            }
            bool churned = table.Churned.Contains(row);
            double value = values.IsMissing(row) || !double.IsFinite(values.Values[row]) ? 0 : values.Values[row];
            line.Append(',').Append(churned ? '1' : '0')
                .Append(',').Append(probability[row].ToString("0.######", c))
                .Append(',').Append(Amount(value))
                .Append(',').Append(Amount(plan.ExpectedLoss[row]))
                .Append(',');
            Segment? segment = Array.Find(shown, s => s.Rows.Contains(row));
            if (segment is not null) line.Append(Field(segment.NameIn(russian)));
            line.Append(',');
            int campaign = plan.CampaignOfRow[row];
            if (campaign != CampaignPlan.None) line.Append(Field(campaignNames[campaign]));
            line.Append(',').Append(plan.Control[row] ? '1' : '0');
            writer.WriteLine(line);
        }
    }

    private static string Amount(double value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>One text field, through the product's one CSV escaping (formula-looking text defused, RFC 4180 quoting).</summary>
    internal static string Field(string value) => CsvCellEscape.Field(value);
}
