using System.Collections.Immutable;

namespace BankChurn.Core.Report;

/// <summary>A row of headline numbers shown as large cards (best with 2 to 4 figures).</summary>
public sealed record KeyFiguresBlock(ImmutableArray<KeyFigure> Figures) : SlideBlock;
