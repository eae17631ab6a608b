namespace BankChurn.Core.Report.Charts;

/// <summary>The unit of a value axis, which decides how its ticks and value labels are written and where it starts.</summary>
public enum ValueAxis
{
    /// <summary>A share 0..1 shown as "18,2 %"; the axis always starts at zero.</summary>
    Percent,

    /// <summary>A count shown as "1 250".</summary>
    Integer,

    /// <summary>Roubles shown as "1 250 000 ₽".</summary>
    Money,

    /// <summary>A plain number shown with two decimals: "0,27".</summary>
    Decimal,
}
