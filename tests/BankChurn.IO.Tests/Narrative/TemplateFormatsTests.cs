using BankChurn.IO.Narrative;

namespace BankChurn.IO.Tests.Narrative;

/// <summary>The helpers templates format with: the same strings as the workbook's Wording, Russian plurals, lists, changes.</summary>
public class TemplateFormatsTests
{
    private static string Render(string template, object? value, string language = "ru") =>
        SlideTemplates.Render(template, new Dictionary<string, object?> { ["x"] = value }, language).Replace('\u00A0', ' ');

    [Theory]
    [InlineData(1, "1 клиент")]
    [InlineData(2, "2 клиента")]
    [InlineData(5, "5 клиентов")]
    [InlineData(11, "11 клиентов")]
    [InlineData(21, "21 клиент")]
    [InlineData(22, "22 клиента")]
    [InlineData(25, "25 клиентов")]
    [InlineData(111, "111 клиентов")]
    [InlineData(0, "0 клиентов")]
    [InlineData(1234, "1 234 клиента")]
    public void Plural_Russian_PicksTheFormForTheNumber(long n, string expected) =>
        Assert.Equal(expected, Render("{{plural x \"клиент\" \"клиента\" \"клиентов\"}}", n));

    [Theory]
    [InlineData(1, "1 client")]
    [InlineData(2, "2 clients")]
    [InlineData(21, "21 clients")]
    [InlineData(1234, "1,234 clients")]
    public void Plural_English_OneOrMany(long n, string expected) =>
        Assert.Equal(expected, Render("{{plural x \"client\" \"clients\"}}", n, "en"));

    [Fact]
    public void Noun_GivesTheWordAlone() => Assert.Equal("строки", Render("{{noun x \"строка\" \"строки\" \"строк\"}}", 3L));

    [Theory]
    [InlineData("ru", 0.182, "18,2 %")]
    [InlineData("en", 0.182, "18.2%")]
    [InlineData("ru", 0.0004, "0,0 %")]
    public void Percent_MatchesTheWorkbookFormat(string language, double share, string expected) =>
        Assert.Equal(expected, Render("{{percent x}}", share, language));

    [Fact]
    public void Percent_TakesDigits() => Assert.Equal("95 %", Render("{{percent x 0}}", 0.95));

    [Theory]
    [InlineData("ru", 1_250_000, "1,3 млн ₽")]
    [InlineData("en", 1_250_000, "1.3m ₽")]
    [InlineData("ru", 780, "780 ₽")]
    public void Money_IsReadable(string language, double rubles, string expected) =>
        Assert.Equal(expected, Render("{{money x}}", rubles, language));

    [Theory]
    [InlineData("ru", 1234567.891, "1 234 568")]
    [InlineData("en", 1234.5, "1,235")]
    [InlineData("ru", 0.456, "0,46")]
    public void Number_GroupsDigits(string language, double value, string expected) =>
        Assert.Equal(expected, Render("{{number x}}", value, language));

    [Theory]
    [InlineData("ru", 0.012, "▲ +1,2 п. п.")]
    [InlineData("ru", -0.008, "▼ −0,8 п. п.")]
    [InlineData("en", 0.012, "▲ +1.2 pp")]
    [InlineData("ru", 0.00001, "0,0 п. п.")]
    public void Change_ShowsSignAndArrow(string language, double delta, string expected) =>
        Assert.Equal(expected, Render("{{change x}}", delta, language));

    [Theory]
    [InlineData(1.87, "почти вдвое")]
    [InlineData(2.03, "вдвое")]
    [InlineData(3.0, "втрое")]
    [InlineData(8.4, "в 8,4 раза")]
    public void Ratio_InWords(double ratio, string expected) => Assert.Equal(expected, Render("{{ratio x}}", ratio));

    [Theory]
    [InlineData("ru", new[] { "a" }, "a")]
    [InlineData("ru", new[] { "a", "b" }, "a и b")]
    [InlineData("ru", new[] { "a", "b", "c" }, "a, b и c")]
    [InlineData("en", new[] { "a", "b", "c" }, "a, b and c")]
    public void List_JoinsWithTheLanguagesConjunction(string language, string[] words, string expected) =>
        Assert.Equal(expected, Render("{{list x}}", words, language));

    [Fact]
    public void List_TakesAnotherConjunction() => Assert.Equal("0, 1 или 2", Render("{{list x \"или\"}}", new[] { "0", "1", "2" }));

    [Fact]
    public void Capitalize_AndLower() => Assert.Equal("Баланс баланс", Render("{{capitalize x}} {{lower (capitalize x)}}", "баланс"));

    [Fact]
    public void Values_AreEscapedForMarkdown() =>
        Assert.Equal("a \\* b \\< c", Render("{{x}}", "a * b < c"));

    [Fact]
    public void Percent_OfText_IsAClearError()
    {
        var problem = Assert.Throws<Core.InputException>(() => Render("line\n{{percent x}}", "18,2 %"));
        Assert.Contains("percent needs a number", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("inline.hbs", problem.Message, StringComparison.Ordinal);
    }
}
