using BankChurn.Core;
using BankChurn.Core.Report;
using BankChurn.Core.Report.Narrative;
using BankChurn.IO.Narrative;

namespace BankChurn.IO.Tests.Narrative;

/// <summary>The light Markdown templates render: title, subtitle, headings, paragraphs and bullets with bold runs.</summary>
public class NarrativeMarkdownTests
{
    [Fact]
    public void Parse_TitleSubtitleAndBulletsWithBold()
    {
        SlideText text = NarrativeMarkdown.Parse(
            "# Мужчины уходят почти вдвое чаще\n## Подзаголовок\n\n### Что важно\n- **Отток 18,2 %**: ушли 1 851\n- второй *курсивом* пункт\n\nИтог абзацем\nс переносом строки.\n",
            "t.hbs");

        Assert.Equal("Мужчины уходят почти вдвое чаще", text.Title);
        Assert.Equal("Подзаголовок", text.Subtitle);
        Assert.Equal(2, text.Blocks.Length);
        TextBlock bullets = text.Blocks[0];
        Assert.True(bullets.Bullets);
        Assert.Equal("Что важно", bullets.Heading);
        Assert.Equal(["Отток 18,2 %: ушли 1 851", "второй курсивом пункт"], bullets.Items.ToArray());
        Assert.Equal([new TextRun("Отток 18,2 %", true), new TextRun(": ушли 1 851")], bullets.RichItems[0].Runs.ToArray());
        Assert.Equal([new TextRun("второй курсивом пункт")], bullets.RichItems[1].Runs.ToArray());
        TextBlock paragraph = text.Blocks[1];
        Assert.False(paragraph.Bullets);
        Assert.Null(paragraph.Heading);
        Assert.Equal(["Итог абзацем с переносом строки."], paragraph.Items.ToArray());
    }

    [Fact]
    public void Parse_BoldInsideAWord_KeepsTheRuns()
    {
        SlideText text = NarrativeMarkdown.Parse("# T\n\nдоля **18,2**%", "t.hbs");

        Assert.Equal([new TextRun("доля "), new TextRun("18,2", true), new TextRun("%")], text.Blocks.Single().RichItems.Single().Runs.ToArray());
    }

    [Fact]
    public void Parse_EscapedMarkup_IsPlainText()
    {
        SlideText text = NarrativeMarkdown.Parse("# a \\* b \\< c\n\n- x \\*\\* y", "t.hbs");

        Assert.Equal("a * b < c", text.Title);
        Assert.Equal("x ** y", text.Blocks.Single().Items.Single());
    }

    [Fact]
    public void Parse_NoSubtitle_IsNull() => Assert.Null(NarrativeMarkdown.Parse("# T", "t.hbs").Subtitle);

    [Fact]
    public void Parse_NoTitle_NamesTheTemplate()
    {
        var problem = Assert.Throws<InputException>(() => NarrativeMarkdown.Parse("just text", "templates/ru/value.hbs"));

        Assert.Equal(ProblemKind.Usage, problem.Kind);
        Assert.StartsWith("templates/ru/value.hbs: the template renders no '# ' title line.", problem.Message, StringComparison.Ordinal);
    }
}
