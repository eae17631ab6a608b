using System.Collections.Immutable;
using System.Text;
using BankChurn.Core;
using BankChurn.Core.Report;
using BankChurn.Core.Report.Narrative;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BankChurn.IO.Narrative;

/// <summary>
/// Reads a rendered template's light Markdown into a slide's words. The format:
/// <list type="bullet">
/// <item>"# " the title (required, once); "## " the subtitle (optional);</item>
/// <item>"### " a heading that starts a new text block;</item>
/// <item>paragraphs and "- " bullet lists, with **bold** runs; other emphasis is shown in the regular weight.</item>
/// </list>
/// Consecutive paragraphs form one block and consecutive bullets another, so a heading, its bullets and a closing
/// paragraph become two blocks under one heading.
/// </summary>
public static class NarrativeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <param name="file">The template the text came from, named in errors.</param>
    public static SlideText Parse(string markdown, string file)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        MarkdownDocument document = Markdown.Parse(markdown, Pipeline);
        string? title = null, subtitle = null, heading = null;
        var blocks = ImmutableArray.CreateBuilder<TextBlock>();
        var items = ImmutableArray.CreateBuilder<TextItem>();
        bool bullets = false;

        void Flush()
        {
            if (items.Count > 0)
            {
                blocks.Add(TextBlock.Of(items.ToImmutable(), bullets, heading));
                heading = null;
            }

            items.Clear();
        }

        void Add(TextItem item, bool asBullet)
        {
            if (item.Runs.IsEmpty)
                return;
            if (items.Count > 0 && bullets != asBullet)
                Flush();
            bullets = asBullet;
            items.Add(item);
        }

        foreach (Block block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } h when title is null:
                    title = Item(h.Inline).Plain;
                    break;
                case HeadingBlock { Level: 1 }:
                    throw new InputException(ProblemKind.Usage, new SourceLocation(file), "the template renders more than one '# ' title line.", "Keep one title; use '### ' for headings inside the text.");
                case HeadingBlock { Level: 2 } h:
                    subtitle = Item(h.Inline).Plain;
                    break;
                case HeadingBlock h:
                    Flush();
                    heading = Item(h.Inline).Plain;
                    break;
                case ListBlock list:
                    foreach (ListItemBlock entry in list.OfType<ListItemBlock>())
                        Add(Join(entry.OfType<LeafBlock>().Select(Item)), asBullet: true);
                    break;
                case LeafBlock leaf:
                    Add(Item(leaf), asBullet: false);
                    break;
                case ContainerBlock container:
                    Add(Join(container.Descendants<LeafBlock>().Select(Item)), asBullet: false);
                    break;
            }
        }

        Flush();
        if (string.IsNullOrWhiteSpace(title))
            throw new InputException(ProblemKind.Usage, new SourceLocation(file), "the template renders no '# ' title line.", "Start the template with '# ' and the slide's title.");
        return new SlideText(title, string.IsNullOrWhiteSpace(subtitle) ? null : subtitle, blocks.ToImmutable());
    }

    private static TextItem Item(LeafBlock leaf)
    {
        if (leaf.Inline is { } inline)
            return Item(inline);
        // An indented line becomes a code block in Markdown; its words are still narrative.
        return Tidy([new TextRun(string.Join(" ", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString().Trim())))]);
    }

    private static TextItem Item(ContainerInline? inline)
    {
        var runs = new List<TextRun>();
        if (inline is not null)
            Collect(inline, bold: false, runs);
        return Tidy(runs);
    }

    private static void Collect(Inline inline, bool bold, List<TextRun> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(new TextRun(literal.Content.ToString(), bold));
                break;
            case EmphasisInline emphasis:
                foreach (Inline child in emphasis)
                    Collect(child, bold || emphasis.DelimiterCount >= 2, runs);
                break;
            case LineBreakInline:
                runs.Add(new TextRun(" ", bold));
                break;
            case CodeInline code:
                runs.Add(new TextRun(code.Content, bold));
                break;
            case AutolinkInline link:
                runs.Add(new TextRun(link.Url, bold));
                break;
            case HtmlInline html:
                runs.Add(new TextRun(html.Tag, bold));
                break;
            case HtmlEntityInline entity:
                runs.Add(new TextRun(entity.Transcoded.ToString(), bold));
                break;
            case ContainerInline container:
                foreach (Inline child in container)
                    Collect(child, bold, runs);
                break;
        }
    }

    private static TextItem Join(IEnumerable<TextItem> parts)
    {
        var runs = new List<TextRun>();
        foreach (TextItem part in parts)
        {
            if (runs.Count > 0)
                runs.Add(new TextRun(" "));
            runs.AddRange(part.Runs);
        }

        return Tidy(runs);
    }

    /// <summary>Merges neighbouring runs of one weight, collapses runs of spaces and trims the item's ends.</summary>
    private static TextItem Tidy(List<TextRun> runs)
    {
        var merged = new List<TextRun>();
        foreach (TextRun run in runs.Where(r => r.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Bold == run.Bold)
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            else
                merged.Add(run);
        }

        for (int i = 0; i < merged.Count; i++)
            merged[i] = merged[i] with { Text = CollapseSpaces(merged[i].Text) };
        if (merged.Count > 0)
        {
            merged[0] = merged[0] with { Text = merged[0].Text.TrimStart() };
            merged[^1] = merged[^1] with { Text = merged[^1].Text.TrimEnd() };
        }

        return new TextItem([.. merged.Where(r => r.Text.Length > 0)]);
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is ' ' or '\n' or '\r' or '\t' && builder.Length > 0 && builder[^1] == ' ')
                continue;
            builder.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
        }

        return builder.ToString();
    }
}
