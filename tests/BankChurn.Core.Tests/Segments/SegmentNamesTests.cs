using BankChurn.Core.Clients;
using BankChurn.Core.Report;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Tests.Segments;

public class SegmentNamesTests
{
    private static readonly ClientTable Table = SegmentTestTables.Build(
        [false, true],
        ("gender", new string?[] { "М", "Ж" }),
        ("city", new string?[] { "Ярославль", "Кострома" }),
        ("age", new double?[] { 30, 61 }),
        ("products", new double?[] { 2, 1 }),
        ("equity", new double?[] { 0, 5 }),
        ("score", new double?[] { 850, 700 }),
        ("balance", new double?[] { 1_200_000, null }),
        ("est_salary", new double?[] { 160_000, 50_000 }),
        ("credit_card", new double?[] { 1, 0 }),
        ("last_activity", new double?[] { 0, 1 }));

    private static Condition R(string column, double? from, double? to) => Condition.Range(Table, column, from, to);

    private static Condition L(string column, params string[] levels) => Condition.OfLevels(Table, column, levels);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Name_ReadsAsWords(Condition[] conditions, string russian, string english)
    {
        Assert.Equal(russian, SegmentNames.Name(conditions, Wording.For("ru")).Replace('\u00A0', ' '));
        Assert.Equal(english, SegmentNames.Name(conditions, Wording.For("en")).Replace('\u00A0', ' '));
    }

    public static TheoryData<Condition[], string, string> Cases() => new()
    {
        { [L("gender", "М"), R("age", 25, 35), R("products", 2, null)], "Мужчины 25–35 лет с 2+ продуктами", "Men aged 25–35 with 2+ products" },
        { [L("city", "Ярославль"), R("score", 830, 910), R("balance", 1_100_000, null)],
            "Клиенты из Ярославля со скорингом 830–910 и балансом от 1,1 млн ₽",
            "Clients from Yaroslavl with a score of 830–910 and a balance of 1.1m ₽ or more" },
        { [L("gender", "Ж"), R("age", 35, 50), L("last_activity", "0")], "Неактивные женщины 35–50 лет", "Inactive women aged 35–50" },
        { [R("age", 60, null), L("last_activity", "1")], "Активные клиенты от 60 лет", "Active clients aged 60+" },
        { [R("age", 21, null)], "Клиенты от 21 года", "Clients aged 21+" },
        { [L("products", "1"), L("credit_card", "0")], "Клиенты с одним продуктом и без кредитной карты", "Clients with one product and without a credit card" },
        { [R("equity", null, 1), L("credit_card", "1")], "Клиенты с баллами собственности 0–1 и кредитной картой", "Clients with an equity score of 0–1 and a credit card" },
        { [R("est_salary", 150_000, null)], "Клиенты с доходом от 150 тыс. ₽", "Clients with an income of 150k ₽ or more" },
        { [R("balance", 80_000, 1_100_000)], "Клиенты с балансом от 80 тыс. до 1,1 млн ₽", "Clients with a balance of 80k–1.1m ₽" },
        { [L("gender", "М"), Condition.Missing(Table, "balance")], "Мужчины без данных о балансе", "Men with no balance on file" },
        { [R("balance", null, 80_000)], "Клиенты с балансом до 80 тыс. ₽", "Clients with a balance up to 80k ₽" },
        { [L("city", "Кострома")], "Клиенты (город: Кострома)", "Clients (city: Кострома)" },
        { [R("products", null, 3), R("score", null, 800)], "Клиенты с не более чем тремя продуктами и скорингом до 800", "Clients with at most 3 products and a score up to 800" },
        { [R("products", null, 1)], "Клиенты с не более чем одним продуктом", "Clients with at most one product" },
        { [L("products", "2")], "Клиенты с двумя продуктами", "Clients with 2 products" },
    };

    [Fact]
    public void Name_TwoCities_JoinedWithAnd()
    {
        ClientTable table = SegmentTestTables.Build([false, false], ("city", new string?[] { "Ярославль", "Рыбинск" }));
        Condition both = Condition.OfLevels(table, "city", ["Ярославль", "Рыбинск"]);
        Assert.Equal("Клиенты из Ярославля и Рыбинска", SegmentNames.Name([both], Wording.For("ru")));
        Assert.Equal("Clients from Yaroslavl and Rybinsk", SegmentNames.Name([both], Wording.For("en")));
    }
}
