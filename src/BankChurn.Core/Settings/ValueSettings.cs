using BankChurn.Core.Rules;

namespace BankChurn.Core.Settings;

/// <summary>The client-value metric (config section <c>value:</c>): a formula over canonical columns and the sentence that explains it to readers.</summary>
/// <param name="Formula">Yearly income the bank earns from one client, in roubles.</param>
/// <param name="Description">Shown in the deck under the value figures; says what each term of the formula stands for.</param>
public sealed record ValueSettings(ValueExpression Formula, string Description)
{
    /// <summary>
    /// The default formula: a yearly income estimate from three sources a retail bank actually earns on.
    /// Balances: net interest margin ≈ 3 % a year on the funds kept (a missing balance means no funds, so 0);
    /// products: ≈ 1 500 ₽ a year of fees and commissions per product;
    /// credit card: interchange ≈ 1,5 % on card spending, taken as a quarter of twelve months' estimated income.
    /// </summary>
    public const string DefaultFormula = "coalesce(balance, 0) * 0.03 + products * 1500 + credit_card * est_salary * 12 * 0.25 * 0.015";

    public const string DefaultDescription =
        "Оценка годового дохода банка от клиента: 3 % чистой процентной маржи на остаток, 1 500 ₽ комиссий в год за каждый продукт и 1,5 % интерчейнджа с покупок по кредитной карте (четверть годового дохода клиента)";

    /// <summary>The default description in English, used by an English report while the description is the default Russian one.</summary>
    public const string DefaultDescriptionEnglish =
        "Estimated yearly income the bank earns from a client: a 3% net interest margin on the balance, 1,500 ₽ of fees a year per product and 1.5% interchange on credit-card purchases (a quarter of the client's yearly income)";

    /// <summary>The description in the report's language: the default one is translated, the user's own is shown as written.</summary>
    public string DescriptionFor(string language) =>
        language == "en" && Description == DefaultDescription ? DefaultDescriptionEnglish : Description;

    /// <summary>The defaults the config loader applies and report.config.yaml spells out.</summary>
    public static ValueSettings Default { get; } = new(
        ValueExpression.Parse(DefaultFormula, "value formula", new SourceLocation("report.config.yaml", Field: "value.formula")),
        DefaultDescription);
}
