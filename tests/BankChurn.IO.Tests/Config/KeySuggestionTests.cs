using BankChurn.IO.Config;

namespace BankChurn.IO.Tests.Config;

public class KeySuggestionTests
{
    private static readonly string[] ReportKeys = ["period", "language", "bank_name", "confidentiality", "generated_at", "brand_color", "font_family"];

    [Theory]
    [InlineData("bank_nme", "bank_name")]
    [InlineData("Bank_Name", "bank_name")]
    [InlineData("brand_colour", "brand_color")]
    [InlineData("generatedAt", "generated_at")]
    [InlineData("perod", "period")]
    [InlineData("lang", null)]
    [InlineData("theme", null)]
    public void Nearest_SuggestsOnlyLikelyTypos(string given, string? expected)
    {
        Assert.Equal(expected, KeySuggestion.Nearest(given, ReportKeys));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    [InlineData("USERID", "user_id", 1)]
    public void Levenshtein_CountsEdits(string a, string b, int expected)
    {
        Assert.Equal(expected, KeySuggestion.Levenshtein(a, b));
    }
}
