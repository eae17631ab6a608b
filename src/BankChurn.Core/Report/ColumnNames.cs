namespace BankChurn.Core.Report;

/// <summary>How the report names the canonical columns to its readers.</summary>
public static class ColumnNames
{
    public static string Of(string column, Wording wording) => column switch
    {
        "user_id" => wording.Say("ID клиента", "Client ID"),
        "score" => wording.Say("Кредитный скоринг", "Credit score"),
        "city" => wording.Say("Город", "City"),
        "gender" => wording.Say("Пол", "Gender"),
        "age" => wording.Say("Возраст", "Age"),
        "equity" => wording.Say("Баллы собственности", "Equity score"),
        "balance" => wording.Say("Баланс", "Balance"),
        "products" => wording.Say("Число продуктов", "Products"),
        "credit_card" => wording.Say("Кредитная карта", "Credit card"),
        "last_activity" => wording.Say("Активность", "Recent activity"),
        "est_salary" => wording.Say("Оценка дохода", "Estimated income"),
        "churn" => wording.Say("Отток", "Churn"),
        _ => column,
    };

    /// <summary>A shorter name for narrow table columns ("Скоринг" rather than "Кредитный скоринг").</summary>
    public static string Short(string column, Wording wording) => column switch
    {
        "score" => wording.Say("Скоринг", "Score"),
        "est_salary" => wording.Say("Доход", "Income"),
        "equity" => wording.Say("Собственность", "Equity"),
        "products" => wording.Say("Продукты", "Products"),
        _ => Of(column, wording),
    };
}
