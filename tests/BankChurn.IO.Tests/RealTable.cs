using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using BankChurn.IO.Csv;

namespace BankChurn.IO.Tests;

/// <summary>
/// The real table ../shared/data/bank_scrooge.csv (never copied into the repository), loaded once and cleaned the way
/// the reference script cleans it: the one client with 0 products is dropped, leaving 9,999 rows; duplicates are kept.
/// </summary>
internal static class RealTable
{
    private static readonly Lazy<ClientTable?> Cleaned = new(Load);

    /// <summary>The cleaned table; the test is skipped (see <see cref="Requires.RealTable"/>) when the shared folder is absent.</summary>
    public static ClientTable Require()
    {
        ClientTable? table = Cleaned.Value;
        Requires.RealTable(table is not null);
        return table!;
    }

    /// <summary>The path of the real table; the test is skipped when the shared folder is absent.</summary>
    public static string RequirePath()
    {
        string? path = RepoPaths.RealTable();
        Requires.RealTable(path is not null);
        return path!;
    }

    private static ClientTable? Load()
    {
        string? path = RepoPaths.RealTable();
        if (path is null)
            return null;
        var map = ImmutableDictionary<string, string>.Empty.Add("user_id", "USERID").Add("est_salary", "EST_SALARY");
        ClientTable table = ClientsCsv.Read(new InputSettings(path, map, null, null, null, InvalidRowPolicy.Fail, 50)).Table;
        NumericColumn products = table.Numeric("products");
        return table.Filter(RowSet.Where(table.RowCount, row => products.IsMissing(row) || products.Values[row] != 0));
    }
}
