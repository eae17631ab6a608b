using BankChurn.Core.Report;

namespace BankChurn.IO.Pdf;

/// <summary>
/// Lays out a row of key figures as equal cards: a brand accent on the left, the label on top, the big number,
/// and the note under it. Cards share one height so the row reads as a unit.
/// </summary>
internal static class KeyFiguresLayout
{
    private const double GapPt = 16;
    private const double PaddingPt = 14;
    private const double AccentPt = 4;
    private const int MaxLabelLines = 2;
    private const int MaxNoteLines = 2;

    /// <summary>The height the cards need at <paramref name="widthPt"/>.</summary>
    public static double Height(KeyFiguresBlock block, double widthPt, LayoutContext context) =>
        block.Figures.IsEmpty ? 0 : Plan(block, widthPt, context).Max(card => card.Height);

    /// <summary>Adds the cards' shapes in the top of <paramref name="box"/>.</summary>
    public static void Arrange(KeyFiguresBlock block, Box box, LayoutContext context, List<Shape> shapes)
    {
        if (block.Figures.IsEmpty)
            return;
        List<Card> cards = Plan(block, box.Width, context);
        double height = Math.Min(box.Height, cards.Max(card => card.Height));
        double width = CardWidth(block, box.Width);
        SlideTheme theme = context.Theme;
        for (int i = 0; i < cards.Count; i++)
        {
            Card card = cards[i];
            var cardBox = new Box(box.X + (i * (width + GapPt)), box.Y, width, height);
            shapes.Add(new RectShape(cardBox, theme.BrandTint));
            shapes.Add(new RectShape(cardBox with { Width = AccentPt }, theme.Brand));
            double left = cardBox.X + AccentPt + PaddingPt, right = cardBox.Right - PaddingPt;
            double y = cardBox.Y + PaddingPt;
            foreach (string line in card.Label)
            {
                if (line.Length > 0)
                    shapes.Add(TextShape.At(line, context.Width(line, SlideTheme.FigureLabel), left, right, y, SlideTheme.FigureLabel, theme.Muted, TextAlign.Left));
                y += SlideTheme.FigureLabel.LineHeightPt;
            }

            y += 4;
            // A shrunk number keeps the baseline of the full-size ones beside it.
            double valueTop = y + SlideTheme.FigureValue.BaselinePt - card.ValueFont.BaselinePt;
            shapes.Add(TextShape.At(card.Value, context.Width(card.Value, card.ValueFont), left, right, valueTop, card.ValueFont, theme.BrandDark, TextAlign.Left));
            y += SlideTheme.FigureValue.LineHeightPt + 2;
            foreach (string line in card.Note)
            {
                if (y + SlideTheme.FigureNote.LineHeightPt > cardBox.Bottom + 0.01)
                    break;
                shapes.Add(TextShape.At(line, context.Width(line, SlideTheme.FigureNote), left, right, y, SlideTheme.FigureNote, theme.Muted, TextAlign.Left));
                y += SlideTheme.FigureNote.LineHeightPt;
            }
        }
    }

    private static double CardWidth(KeyFiguresBlock block, double widthPt) =>
        (widthPt - (GapPt * (block.Figures.Length - 1))) / block.Figures.Length;

    private static List<Card> Plan(KeyFiguresBlock block, double widthPt, LayoutContext context)
    {
        double inner = CardWidth(block, widthPt) - AccentPt - (2 * PaddingPt);
        int labelLines = 1;
        var cards = new List<Card>();
        foreach (KeyFigure figure in block.Figures)
        {
            List<string> label = TextFit.Clip(TextFit.Wrap(figure.Label, inner, SlideTheme.FigureLabel, context.Measure), MaxLabelLines, inner, SlideTheme.FigureLabel, context.Measure);
            string value = context.Text.Format(figure.Value, figure.Format);
            // The number is the point of the card: shrink it to the card's width rather than wrap it.
            FontSpec valueFont = TextFit.Shrink(SlideTheme.FigureValue, 16, inner, f => context.Width(value, f));
            value = TextFit.Truncate(value, inner, valueFont, context.Measure);
            List<string> note = figure.Note is { Length: > 0 } text
                ? TextFit.Clip(TextFit.Wrap(text, inner, SlideTheme.FigureNote, context.Measure), MaxNoteLines, inner, SlideTheme.FigureNote, context.Measure)
                : [];
            labelLines = Math.Max(labelLines, label.Count);
            cards.Add(new Card(label, value, valueFont, note, 0));
        }

        // Equal label heights across the row put every number on the same baseline.
        int noteLines = cards.Max(c => c.Note.Count);
        double height = (2 * PaddingPt) + (labelLines * SlideTheme.FigureLabel.LineHeightPt) + 4
            + SlideTheme.FigureValue.LineHeightPt + 2 + (noteLines * SlideTheme.FigureNote.LineHeightPt);
        return [.. cards.Select(c => c with
        {
            Label = [.. c.Label, .. Enumerable.Repeat("", labelLines - c.Label.Count)],
            Height = height,
        })];
    }

    private sealed record Card(List<string> Label, string Value, FontSpec ValueFont, List<string> Note, double Height);
}
