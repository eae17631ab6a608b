using System.Collections.Immutable;
using BankChurn.Core.Report;
using BankChurn.IO.Pdf;

namespace BankChurn.IO.Tests.Pdf;

/// <summary>
/// Layout boxes of whole decks, checked on the model before anything is drawn: every shape on its page and inside its
/// block (or the header and footer), no two texts on top of each other.
/// </summary>
public sealed class DeckLayoutTests
{
    public static TheoryData<string, string> Decks => DeckReports.EveryDeck();

    [Theory]
    [MemberData(nameof(Decks))]
    public void Arrange_EveryPage_ShapesInTheirBoxesAndNoTextOverlaps(string data, string language)
    {
        Report report = DeckReports.Require(data, language);

        ImmutableArray<SlideDrawing> pages = SlidePages.Arrange(report, DeckReports.Context(report.Meta));

        Assert.True(pages.Length >= report.Slides.Length);
        for (int p = 0; p < pages.Length; p++)
            DeckGeometry.AssertInsideAndApart(pages[p], $"page {p + 1} ({report.Slides.Length} slides)");
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void Arrange_EveryPage_FooterCountsPagesNotSlides(string data, string language)
    {
        Report report = DeckReports.Require(data, language);

        ImmutableArray<SlideDrawing> pages = SlidePages.Arrange(report, DeckReports.Context(report.Meta));

        for (int p = 0; p < pages.Length; p++)
        {
            SlideDrawing page = pages[p];
            Assert.Contains(page.Shapes.OfType<TextShape>(), t => page.Footer.Contains(t.Line) && t.Text == $"{p + 1} / {pages.Length}");
        }
    }

    [Fact]
    public void Compose_DefaultDeck_FollowsTheConfiguredOrder()
    {
        Report report = DeckReports.For("synthetic", "ru")!;
        int[] ranks = [.. report.Slides.Select(s => SlideKinds.Default.IndexOf(s.Kind))];

        Assert.DoesNotContain(-1, ranks);
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(SlideKinds.Title, report.Slides[0].Kind);
    }
}
