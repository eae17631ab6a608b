using System.Collections.Immutable;

namespace BankChurn.IO.Pdf;

/// <summary>A slide measured and placed: the regions, one box per content block (in block order) and the shapes to draw.</summary>
internal sealed record SlideDrawing(Box Page, Box Header, Box Content, Box Footer, ImmutableArray<Box> Blocks, ImmutableArray<Shape> Shapes);
