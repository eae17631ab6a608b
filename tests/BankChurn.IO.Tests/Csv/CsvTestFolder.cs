using System.Collections.Immutable;
using System.Text;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Tests.Csv;

/// <summary>A unique temporary folder for CSV fixtures, deleted on dispose, plus the small client table the tests vary.</summary>
public sealed class CsvTestFolder : IDisposable
{
    public const string Header = "user_id,score,city,gender,age,equity,balance,products,credit_card,last_activity,est_salary,churn";

    /// <summary>Four valid clients; row 3 has no age and no balance. Sums: score 3469, balance 2434555.41, churn 2.</summary>
    public static readonly string[] Rows =
    [
        "1,850.0,Рыбинск,Ж,25.0,1,59214.82,2,0,1,75719.14,1",
        "2,861.0,Ярославль,М,37.0,5,850594.33,3,1,0,86621.77,0",
        "3,892.0,Ростов,Ж,,0,,1,1,1,107683.34,0",
        "4,866.0,Ярославль,М,51.0,5,1524746.26,2,0,1,174423.53,1",
    ];

    static CsvTestFolder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public CsvTestFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "bankchurn-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>The fixture table as text: the header and rows with the given separator, decimal mark and line break.</summary>
    public static string Table(char separator = ',', char decimalMark = '.', string lineBreak = "\n", IEnumerable<string>? rows = null)
    {
        var text = new StringBuilder();
        foreach (string line in new[] { Header }.Concat(rows ?? Rows))
        {
            string[] fields = line.Split(',');
            if (decimalMark != '.')
                fields = [.. fields.Select(f => f.Replace('.', decimalMark))];
            text.Append(string.Join(separator, fields)).Append(lineBreak);
        }
        return text.ToString();
    }

    public string Write(string text, Encoding? encoding = null, string name = "clients.csv")
    {
        string path = Path.Combine(Folder, name);
        encoding ??= new UTF8Encoding(false);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }

    public string WriteBytes(byte[] bytes, string name = "clients.csv")
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static InputSettings Settings(
        string path,
        InvalidRowPolicy policy = InvalidRowPolicy.Fail,
        ImmutableDictionary<string, string>? map = null,
        string? encoding = null,
        char? separator = null,
        char? decimalMark = null,
        int maxReported = 50) =>
        new(path, map ?? ImmutableDictionary<string, string>.Empty, encoding, separator, decimalMark, policy, maxReported);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would hide the real result.
        }
    }
}
