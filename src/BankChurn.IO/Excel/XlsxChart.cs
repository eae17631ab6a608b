using System.Globalization;
using BankChurn.Core.Report;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace BankChurn.IO.Excel;

/// <summary>
/// A native Excel bar chart (a chart part in a drawing, not a picture) of one table column against another, placed
/// under the table. The series refer to the sheet's cells, so the chart follows any edit, and carry the values as a
/// cache so that viewers which do not recalculate still draw it.
/// </summary>
internal static class XlsxChart
{
    private const long EmuPerPixel = 9525;

    /// <summary>Adds the chart to <paramref name="part"/> and returns the &lt;drawing&gt; element the worksheet must end with.</summary>
    /// <param name="headerRow">1-based row of the table's header; data rows follow it.</param>
    public static Drawing Add(WorksheetPart part, string sheetName, SheetChart chart, Core.Report.Table table, int headerRow, string brandRgb)
    {
        int first = headerRow + 1;
        int last = headerRow + table.Rows.Length;
        string quoted = "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'";
        string categories = $"{quoted}!${WorksheetBuilder.ColumnName(chart.CategoryColumn)}${first}:${WorksheetBuilder.ColumnName(chart.CategoryColumn)}${last}";
        string values = $"{quoted}!${WorksheetBuilder.ColumnName(chart.ValueColumn)}${first}:${WorksheetBuilder.ColumnName(chart.ValueColumn)}${last}";
        string header = $"{quoted}!${WorksheetBuilder.ColumnName(chart.ValueColumn)}${headerRow}";

        DrawingsPart drawings = part.AddNewPart<DrawingsPart>();
        ChartPart chartPart = drawings.AddNewPart<ChartPart>();
        C.ChartSpace space = ChartSpace(chart, table, categories, values, header, brandRgb);
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        chartPart.ChartSpace = space;

        // Under the table, one blank row apart; tall enough for a readable bar per row.
        int top = last + 1;
        int height = Math.Max(16, (table.Rows.Length * 3 / 2) + 4);
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(
            new Xdr.TwoCellAnchor(
                Marker<Xdr.FromMarker>(0, top),
                Marker<Xdr.ToMarker>(10, top + height),
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = 2, Name = "Chart 1" },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawings.GetIdOfPart(chartPart) })
                    {
                        Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                    }))
                { Macro = "" },
                new Xdr.ClientData())
            { EditAs = Xdr.EditAsValues.OneCell });
        drawings.WorksheetDrawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawings.WorksheetDrawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        return new Drawing { Id = part.GetIdOfPart(drawings) };
    }

    private static T Marker<T>(int column, int row)
        where T : OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)),
            new Xdr.RowOffset((2 * EmuPerPixel).ToString(CultureInfo.InvariantCulture)));
        return marker;
    }

    private static C.ChartSpace ChartSpace(SheetChart chart, Core.Report.Table table, string categories, string values, string header, string brandRgb)
    {
        int count = table.Rows.Length;
        var categoryCache = new C.StringCache(new C.PointCount { Val = (uint)count });
        var valueCache = new C.NumberingCache(new C.FormatCode(XlsxStyles.PercentFormat), new C.PointCount { Val = (uint)count });
        for (int i = 0; i < count; i++)
        {
            categoryCache.Append(new C.StringPoint(new C.NumericValue(SharedStrings.Clean(table.Rows[i][chart.CategoryColumn].ToString()))) { Index = (uint)i });
            Core.Report.Cell value = table.Rows[i][chart.ValueColumn];
            if (value.Kind == CellKind.Number)
                valueCache.Append(new C.NumericPoint(new C.NumericValue(value.Number.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        var series = new C.BarChartSeries(
            new C.Index { Val = 0 },
            new C.Order { Val = 0 },
            new C.SeriesText(new C.StringReference(
                new C.Formula(header),
                new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(SharedStrings.Clean(table.Columns[chart.ValueColumn].Header))) { Index = 0 }))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = brandRgb })),
            new C.InvertIfNegative { Val = false },
            new C.DataLabels(
                new C.NumberingFormat { FormatCode = XlsxStyles.PercentFormat, SourceLinked = false },
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }),
            new C.CategoryAxisData(new C.StringReference(new C.Formula(categories), categoryCache)),
            new C.Values(new C.NumberReference(new C.Formula(values), valueCache)));

        var plotArea = new C.PlotArea(
            new C.Layout(),
            new C.BarChart(
                new C.BarDirection { Val = C.BarDirectionValues.Bar },
                new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                new C.VaryColors { Val = false },
                series,
                new C.GapWidth { Val = 60 },
                new C.AxisId { Val = 1 },
                new C.AxisId { Val = 2 }),
            new C.CategoryAxis(
                new C.AxisId { Val = 1 },
                // Top priority at the top: horizontal bars are otherwise drawn from the bottom up.
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.None },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = 2 },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 },
                new C.NoMultiLevelLabels { Val = false }),
            new C.ValueAxis(
                new C.AxisId { Val = 2 },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.MajorGridlines(),
                new C.NumberingFormat { FormatCode = "0%", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = 1 },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }));

        return new C.ChartSpace(
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(
                    new C.ChartText(new C.RichText(
                        new A.BodyProperties(),
                        new A.ListStyle(),
                        new A.Paragraph(new A.Run(new A.RunProperties { FontSize = 1200, Bold = true }, new A.Text(SharedStrings.Clean(chart.Title)))))),
                    new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                plotArea,
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
    }
}
