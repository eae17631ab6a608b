namespace BankChurn.Core.Report;

/// <summary>How a value is shown. Core keeps raw values; writers turn a format into text (PDF) or a number format (XLSX).</summary>
public enum CellFormat
{
    /// <summary>Shown as is; numbers in a text cell are shown with up to 15 significant digits.</summary>
    Text,

    /// <summary>A whole number with digit grouping: "10 000".</summary>
    Integer,

    /// <summary>A number with two decimals: "0,27".</summary>
    Decimal,

    /// <summary>A fraction 0..1 shown as a percentage with one decimal: 0.182 → "18,2 %".</summary>
    Percent,

    /// <summary>An amount in roubles without kopecks: "1 250 000 ₽".</summary>
    Money,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A number in scientific notation with three significant digits, for p-values: 1.23E-45.</summary>
    Scientific,
}
