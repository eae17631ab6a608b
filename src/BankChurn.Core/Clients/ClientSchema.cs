using System.Collections.Immutable;

namespace BankChurn.Core.Clients;

/// <summary>The canonical columns of the monthly client table (SPEC "Input data") and their valid ranges.</summary>
public static class ClientSchema
{
    public const string UserId = "user_id";
    public const string Score = "score";
    public const string City = "city";
    public const string Gender = "gender";
    public const string Age = "age";
    public const string Equity = "equity";
    public const string Balance = "balance";
    public const string Products = "products";
    public const string CreditCard = "credit_card";
    public const string LastActivity = "last_activity";
    public const string EstSalary = "est_salary";
    public const string Churn = "churn";

    public static ImmutableArray<CanonicalColumn> Columns { get; } =
    [
        new(UserId, ColumnKind.Identifier, Required: true),
        new(Score, ColumnKind.Numeric, Required: true, Min: 0, Max: 10_000),
        new(City, ColumnKind.Category, Required: true),
        new(Gender, ColumnKind.Category, Required: true),
        new(Age, ColumnKind.Numeric, Required: true, Min: 0, Max: 120),
        new(Equity, ColumnKind.Numeric, Required: true, Min: 0, Max: 100, WholeNumber: true),
        new(Balance, ColumnKind.Numeric, Required: true),
        new(Products, ColumnKind.Numeric, Required: true, Min: 0, Max: 100, WholeNumber: true),
        new(CreditCard, ColumnKind.Numeric, Required: true, Min: 0, Max: 1, WholeNumber: true, Binary: true),
        new(LastActivity, ColumnKind.Numeric, Required: true, Min: 0, Max: 1, WholeNumber: true, Binary: true),
        new(EstSalary, ColumnKind.Numeric, Required: true, Min: 0),
        new(Churn, ColumnKind.Target, Required: true, Min: 0, Max: 1, WholeNumber: true, Binary: true),
    ];

    public static ImmutableArray<string> Names { get; } = [.. Columns.Select(c => c.Name)];

    public static CanonicalColumn? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
