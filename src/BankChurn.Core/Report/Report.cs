using System.Collections.Immutable;

namespace BankChurn.Core.Report;

/// <summary>
/// Everything the outputs show, format-neutral: the deck's slides and the workbook's sheets.
/// Core composes it ("what to show"); each <c>IReportWriter</c> in IO decides how it looks.
/// </summary>
/// <param name="Meta">Identity and theme shared by every output.</param>
/// <param name="Slides">The deck, in order; the PDF writer needs at least one.</param>
/// <param name="Sheets">The workbook, in order; the XLSX writer needs at least one.</param>
public sealed record Report(ReportMeta Meta, ImmutableArray<Slide> Slides, ImmutableArray<Sheet> Sheets);
