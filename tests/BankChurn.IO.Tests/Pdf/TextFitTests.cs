using BankChurn.Core.Report;
using BankChurn.IO.Pdf;

namespace BankChurn.IO.Tests.Pdf;

public class TextFitTests
{
    private static readonly FixedWidthMeasurer Measure = new();
    private static readonly FontSpec Font = new(10); // 5.5 pt per character

    [Fact]
    public void Wrap_BreaksAtSpaces_NoLineWiderThanTheBox()
    {
        List<string> lines = TextFit.Wrap("отток выше у мужчин чем у женщин", 60, Font, Measure);

        Assert.Equal(["отток выше", "у мужчин", "чем у", "женщин"], lines);
        Assert.All(lines, line => Assert.True(Measure.WidthPt(line, Font) <= 60));
    }

    [Fact]
    public void Wrap_WordWiderThanBox_SplitByCharacters()
    {
        List<string> lines = TextFit.Wrap("data/very_long_file_name.csv", 56, Font, Measure);

        Assert.Equal("data/very_", lines[0]);
        Assert.Equal("data/very_long_file_name.csv", string.Concat(lines));
        Assert.All(lines, line => Assert.True(Measure.WidthPt(line, Font) <= 56));
    }

    [Fact]
    public void Wrap_KeepsNonBreakingSpaceTogether()
    {
        List<string> lines = TextFit.Wrap("доля 18,2\u00A0%", 60, Font, Measure);

        Assert.Equal(["доля", "18,2\u00A0%"], lines);
    }

    [Fact]
    public void Shrink_LargestSizeThatFits_OrTheMinimum()
    {
        Assert.Equal(15, TextFit.Shrink(new FontSpec(15), 10, 100, f => f.SizePt * 5).SizePt);
        Assert.Equal(12.5, TextFit.Shrink(new FontSpec(15), 10, 63, f => f.SizePt * 5).SizePt);
        Assert.Equal(10, TextFit.Shrink(new FontSpec(15), 10, 1, f => f.SizePt * 5).SizePt);
    }

    [Fact]
    public void Truncate_CutsWithEllipsisToFit()
    {
        string cut = TextFit.Truncate("Ярославль и Рыбинск", 55, Font, Measure);

        Assert.Equal("Ярославл…", cut);
        Assert.Equal("Рыбинск", TextFit.Truncate("Рыбинск", 55, Font, Measure));
    }

    [Fact]
    public void WrapRuns_KeepsWeights_MeasuresBoldWider()
    {
        // Regular 5.5 pt, bold 6 pt per character: "отток 18,2" in bold is 60 pt, so " выше" no longer fits a 75 pt line,
        // which it would if the bold words were measured as regular ones (55 + 27.5 = 82.5 vs 60 + 33 = 93).
        List<List<TextRun>> lines = TextFit.WrapRuns([new TextRun("отток 18,2", true), new TextRun(" выше у мужчин")], 75, Font, Measure);

        Assert.Equal([new TextRun("отток 18,2", true)], lines[0]);
        Assert.Equal([new TextRun("выше у мужчин")], lines[1]);
    }

    [Fact]
    public void WrapRuns_WordChangingWeight_StaysOneWord()
    {
        List<List<TextRun>> lines = TextFit.WrapRuns([new TextRun("доля "), new TextRun("18,2", true), new TextRun("%")], 1000, Font, Measure);

        Assert.Equal([new TextRun("доля "), new TextRun("18,2", true), new TextRun("%")], Assert.Single(lines));
    }

    [Fact]
    public void Wrap_AWordOf200000Characters_SplitsInLinearTimeIntoFullLines()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        List<string> lines = TextFit.Wrap(new string('Я', 200_000), 60, Font, Measure);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed} to wrap 200,000 characters");
        Assert.Equal(200_000, lines.Sum(l => l.Length));
        Assert.All(lines, l => Assert.True(Measure.WidthPt(l, Font) <= 60));
        Assert.True(lines.Take(lines.Count - 1).All(l => l.Length == lines[0].Length), "every line but the last is full");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-40)]
    public void Wrap_BoxOfNoWidth_GivesOneCharacterALineInsteadOfFailing(double widthPt) =>
        Assert.Equal(["a", "b", "c"], TextFit.Wrap("abc", widthPt, Font, Measure));
}
