using BankChurn.Core.Clients;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Tests.Segments;

public class ActionCatalogueTests
{
    private static readonly ClientTable Table = SegmentTestTables.Build([false, true],
        ("credit_card", new double?[] { 0, 1 }), ("balance", new double?[] { 10, 2e6 }), ("age", new double?[] { 30, 60 }));

    private static readonly ActionCatalogue Catalogue = new(
    [
        new CatalogueEntry("credit_card", ConditionSide.Low, ["Предложить кредитную карту с кэшбэком"]),
        new CatalogueEntry("credit_card", ConditionSide.High, ["Повысить кэшбэк по карте"]),
        new CatalogueEntry("balance", ConditionSide.Any, ["Предложить вклад", "Назначить менеджера"]),
        new CatalogueEntry("balance", ConditionSide.High, ["Назначить менеджера"]),
    ]);

    [Fact]
    public void For_MatchesColumnAndSide_InConditionOrder_EachOnce()
    {
        Condition noCard = Condition.OfLevels(Table, "credit_card", ["0"]);
        Condition rich = Condition.Range(Table, "balance", 1_000_000, null);
        Assert.Equal(["Предложить вклад", "Назначить менеджера", "Предложить кредитную карту с кэшбэком"], Catalogue.For([rich, noCard]).ToArray());
        Assert.Equal(["Повысить кэшбэк по карте"], Catalogue.For([Condition.OfLevels(Table, "credit_card", ["1"])]).ToArray());
    }

    [Fact]
    public void For_NoEntry_IsEmpty_AndDiscoveryFlagsIt()
    {
        Assert.Empty(Catalogue.For([Condition.Range(Table, "age", 50, null)]));
        Assert.Empty(ActionCatalogue.Empty.For([Condition.Range(Table, "age", 50, null)]));
    }
}
