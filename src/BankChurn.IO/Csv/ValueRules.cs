using System.Globalization;
using BankChurn.Core.Clients;

namespace BankChurn.IO.Csv;

/// <summary>
/// What makes a value of a canonical column valid, whatever the source: the CSV reader and the database reader ask
/// the same questions with the same words, so a table gives the same rows, and the same messages, as its export.
/// </summary>
internal static class ValueRules
{
    public const string MissingRequired = "value is missing";

    private const double MaxMagnitude = 1e15;

    /// <summary>Null when <paramref name="value"/> is a valid user_id, else the problem.</summary>
    public static string? CheckId(double value) =>
        value != Math.Floor(value) || Math.Abs(value) > 9e15 ? "is not a whole number" : null;

    /// <summary>Null when <paramref name="value"/> is a valid churn flag, else the problem.</summary>
    public static string? CheckChurn(double value) => value is 0 or 1 ? null : "is not 0 or 1";

    /// <summary>Null when the finite <paramref name="value"/> fits <paramref name="column"/>'s range and kind, else the problem.</summary>
    public static string? Check(double value, CanonicalColumn column)
    {
        // Finite is not enough: a cell such as 1.7976931348623157e308 overflows every sum, variance and bandwidth
        // built from the column (NaN in the report). No balance, income or score comes near 10^15, so beyond that the
        // cell is corrupt, whatever the column's own range says.
        if (Math.Abs(value) > MaxMagnitude) return "is too large to be a real value (beyond ±10^15)";
        if (column.Binary) return value is 0 or 1 ? null : "is not 0 or 1";
        if (column.WholeNumber && value != Math.Floor(value)) return "is not a whole number";
        if (value >= column.Min && value <= column.Max) return null;
        return (double.IsFinite(column.Min), double.IsFinite(column.Max)) switch
        {
            (true, true) => $"is outside {Format(column.Min)}–{Format(column.Max)}",
            (true, false) => $"is below {Format(column.Min)}",
            _ => $"is above {Format(column.Max)}",
        };
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
