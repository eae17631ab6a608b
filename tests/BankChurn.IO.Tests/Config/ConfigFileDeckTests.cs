using BankChurn.Core;
using BankChurn.Core.Report;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

/// <summary>The <c>deck:</c> section: the slide list and its order, and the optional logo file.</summary>
public sealed class ConfigFileDeckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bankchurn-deck-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Parse_NoDeckSection_DefaultOrderAndNoLogo()
    {
        DeckSettings deck = Parse("").Deck;

        Assert.Equal(SlideKinds.Default, deck.Slides);
        Assert.Null(deck.LogoFile);
        Assert.Equal(SlideKinds.Title, deck.Slides[0]);
        Assert.Contains(SlideKinds.Summary, deck.Slides);
        Assert.Contains(SlideKinds.Methodology, deck.Slides);
        Assert.Contains(SlideKinds.MonthOverMonth, deck.Slides);
    }

    [Fact]
    public void Read_RepositoryConfig_ListsTheDefaultDeck() =>
        Assert.Equal(SlideKinds.Default.ToArray(), ConfigFile.Read(RepoPaths.Config, [], Now).Deck.Slides.ToArray());

    [Fact]
    public void Parse_SlideList_KeptInTheWrittenOrder()
    {
        DeckSettings deck = Parse("deck:\n  slides: [value, title, segment_detail]\n").Deck;

        Assert.Equal(["value", "title", "segment_detail"], deck.Slides.ToArray());
    }

    [Fact]
    public void Parse_MisspeltKind_NamesTheItemAndTheNearestKind()
    {
        InputException problem = Fails("deck:\n  slides:\n    - title\n    - churn_overveiw\n");

        Assert.Contains("deck.slides[1]", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'churn_overveiw' is not a slide kind", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'churn_overview'?", problem.Message, StringComparison.Ordinal);
        Assert.Contains(":4", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KindNothingLike_ListsEveryKind()
    {
        InputException problem = Fails("deck:\n  slides: [weather]\n");

        Assert.Contains("Use one of: title, summary, data_quality", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deck:\n  slides: [title, value, title]\n", "'title' is listed twice")]
    [InlineData("deck:\n  slides: []\n", "the list is empty")]
    [InlineData("deck:\n  colour: red\n", "unknown key 'colour'")]
    public void Parse_BadSlideList_UsageError(string yaml, string words) =>
        Assert.Contains(words, Fails(yaml).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_MissingLogo_UsageErrorNamingTheKeyAndFile()
    {
        InputException problem = Fails("deck:\n  logo: logos/nowhere.png\n");

        Assert.Contains("deck.logo", problem.Message, StringComparison.Ordinal);
        Assert.Contains("nowhere.png' does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LogoNotAnImage_UsageError()
    {
        string file = Path.Combine(_folder, "logo.png");
        File.WriteAllText(file, "<svg/>");

        InputException problem = Fails($"deck:\n  logo: '{file}'\n");

        Assert.Contains("is not a PNG or JPEG image", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PngLogo_FullPathKept()
    {
        string file = Path.Combine(_folder, "logo.png");
        File.WriteAllBytes(file, DeckSamples.Png());

        Assert.Equal(file, Parse($"deck:\n  logo: '{file}'\n").Deck.LogoFile);
    }

    [Fact]
    public void Set_SlideList_OverridesTheFile()
    {
        DeckSettings deck = Parse("", "deck.slides=[churn_overview, title]").Deck;

        Assert.Equal(["churn_overview", "title"], deck.Slides.ToArray());
    }
}
