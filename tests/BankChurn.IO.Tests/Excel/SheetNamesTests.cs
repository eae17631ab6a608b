using BankChurn.IO.Excel;

namespace BankChurn.IO.Tests.Excel;

public class SheetNamesTests
{
    [Fact]
    public void MakeValid_ForbiddenCharacters_Replaced() =>
        Assert.Equal(["Сегменты топ 10 11"], SheetNames.MakeValid(["Сегменты: [топ] 10/11?*\\"]));

    [Fact]
    public void MakeValid_LongName_CutTo31()
    {
        string name = SheetNames.MakeValid(["Клиенты для удержания в сегменте номер один"])[0];

        Assert.Equal(31, name.Length);
        Assert.Equal("Клиенты для удержания в сегмент", name);
    }

    [Fact]
    public void MakeValid_DuplicatesIgnoringCase_Numbered()
    {
        List<string> names = SheetNames.MakeValid(["Клиенты", "КЛИЕНТЫ", "клиенты", new string('Я', 40), new string('я', 40)]);

        Assert.Equal(["Клиенты", "КЛИЕНТЫ (2)", "клиенты (3)", new string('Я', 31), new string('я', 27) + " (2)"], names);
        Assert.All(names, n => Assert.True(n.Length <= 31));
    }

    [Fact]
    public void MakeValid_EmptyApostrophesAndReserved()
    {
        Assert.Equal(["Sheet1", "итоги", "history_"], SheetNames.MakeValid(["  ", "'итоги'", "history"]));
    }
}
