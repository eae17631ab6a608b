using BankChurn.IO.Pdf;
using BankChurn.IO.Pdf.Charts;
using BankChurn.IO.Tests.Pdf.Charts;

namespace BankChurn.IO.Tests.Pdf;

/// <summary>The layout-box rules every laid-out page must keep, asserted on shapes before rendering.</summary>
internal static class DeckGeometry
{
    public static void AssertInsideAndApart(SlideDrawing page, string where)
    {
        foreach (Shape shape in page.Shapes)
            Assert.True(page.Page.Contains(shape.Bounds), $"{where}: {shape} at {shape.Bounds} leaves the page");
        foreach (Box block in page.Blocks)
            Assert.True(page.Content.Contains(block), $"{where}: block {block} leaves the content area {page.Content}");

        // Whatever is drawn between the header and the footer belongs to one block's box.
        foreach (Shape shape in page.Shapes.Where(s => s.Bounds.Y >= page.Content.Y - 0.01 && s.Bounds.Bottom <= page.Content.Bottom + 0.01))
            Assert.True(page.Blocks.Any(b => b.Contains(shape.Bounds)), $"{where}: {shape} at {shape.Bounds} is outside every block");
        foreach (Shape shape in page.Shapes.Where(s => s.Bounds.Y < page.Content.Bottom && s.Bounds.Bottom > page.Content.Y))
        {
            bool inHeaderOrFooter = page.Header.Contains(shape.Bounds) || page.Footer.Contains(shape.Bounds);
            Assert.True(inHeaderOrFooter || page.Blocks.Any(b => b.Contains(shape.Bounds)) || IsBackground(shape, page),
                $"{where}: {shape} at {shape.Bounds} crosses the content area's edge");
        }

        Shape[] texts = [.. page.Shapes.Where(s => s is TextShape { Text.Length: > 0 } or RotatedTextShape { Text.Text.Length: > 0 })];
        for (int i = 0; i < texts.Length; i++)
        {
            for (int j = i + 1; j < texts.Length; j++)
                Assert.False(Geometry.Overlap(Geometry.Outline(texts[i]), Geometry.Outline(texts[j])), $"{where}: '{Text(texts[i])}' overlaps '{Text(texts[j])}'");
        }
    }

    /// <summary>The cover's brand panel reaches behind the content area's top; it is background, not content.</summary>
    private static bool IsBackground(Shape shape, SlideDrawing page) => shape is RectShape rect && rect.Box.X <= 0 && rect.Box.Right >= page.Page.Right;

    private static string Text(Shape shape) => shape switch
    {
        TextShape t => $"{t.Text}' at {t.Line}",
        RotatedTextShape r => r.ToString(),
        _ => shape.ToString()!,
    };
}
