namespace BankChurn.Core.Clients;

/// <summary>How a canonical column is stored and analysed.</summary>
public enum ColumnKind
{
    /// <summary>The client's identifier, kept as a 64-bit integer.</summary>
    Identifier,

    /// <summary>A number; missing values are allowed and kept as missing.</summary>
    Numeric,

    /// <summary>A text label, dictionary-encoded.</summary>
    Category,

    /// <summary>The 0/1 churn flag.</summary>
    Target,
}
