using System.Collections.Immutable;
using BankChurn.Core.Report;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Tests.Report;

public class ReportModelTests
{
    private static readonly ReportMeta Meta = new(
        "Отток клиентов: отчёт за ноябрь 2026", "Банк", "ноябрь 2026", "Конфиденциально", "ru",
        new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), "#1F4E79", "DejaVu Sans");

    [Fact]
    public void Report_SmallSample_Builds()
    {
        var table = new Table(
            [new TableColumn("Столбец"), new TableColumn("Пропусков", CellFormat.Integer), new TableColumn("Доля", CellFormat.Percent)],
            [["balance", 2295, 0.2295], ["age", 26, Cell.Empty]]);
        var report = new BankChurn.Core.Report.Report(
            Meta,
            [
                new Slide(SlideKinds.Title, Meta.Title, null, [new KeyFiguresBlock([new KeyFigure("Доля оттока", 0.182, CellFormat.Percent, "95 % ДИ")])]),
                new Slide(SlideKinds.DataQuality, "Качество данных", "10 000 строк", [new TableBlock(table), new TextBlock(["Пропуски не случайны."])]),
            ],
            [new Sheet("Качество данных", null, table)]);

        Assert.Equal(2, report.Slides.Length);
        Assert.IsType<TableBlock>(report.Slides[1].Blocks[0]);
        Assert.Equal(CellKind.Empty, report.Sheets[0].Table.Rows[1][2].Kind);
        Assert.True(report.Slides[1].Blocks[1] is TextBlock { Bullets: true, Heading: null });
    }

    [Fact]
    public void Cell_ImplicitConversions_KeepKindAndValue()
    {
        Cell count = 2295, share = 0.2295, big = 9_007_199_254_740_992L, name = "balance", day = new DateOnly(2026, 12, 1);

        Assert.Equal((CellKind.Number, 2295.0), (count.Kind, count.Number));
        Assert.Equal((CellKind.Number, 0.2295), (share.Kind, share.Number));
        Assert.Equal(9_007_199_254_740_992.0, big.Number);
        Assert.Equal((CellKind.Text, "balance"), (name.Kind, name.Text));
        Assert.Equal((CellKind.Date, CellFormat.Date), (day.Kind, day.Format));
        Assert.Null(count.Format);
        Assert.Equal(CellKind.Empty, default(Cell).Kind);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Cell_NonFiniteNumber_Refused(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Cell.Of(value));

    [Fact]
    public void Cell_OfOptional_NullIsEmpty()
    {
        Assert.Equal(CellKind.Empty, Cell.OfOptional(null).Kind);
        Assert.Equal(3.5, Cell.OfOptional(3.5).Number);
    }

    [Fact]
    public void Table_FormatOf_CellOverridesColumn()
    {
        var table = new Table(
            [new TableColumn("Параметр"), new TableColumn("Значение")],
            [["Сид", Cell.Of(42).WithFormat(CellFormat.Integer)], ["Файл", "data.csv"]]);

        Assert.Equal(CellFormat.Integer, table.FormatOf(0, 1));
        Assert.Equal(CellFormat.Text, table.FormatOf(1, 1));
    }

    [Fact]
    public void Table_RowOfWrongLength_Refused()
    {
        ImmutableArray<TableColumn> columns = [new TableColumn("A"), new TableColumn("B")];

        ArgumentException error = Assert.Throws<ArgumentException>(() => new Table(columns, [["a", 1], ["b"]]));
        Assert.Contains("Row 1 has 1 cells for 2 columns", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Table([], []));
    }

    [Fact]
    public void ReportMeta_From_TakesEverythingButTheTitleFromSettings()
    {
        var options = new ReportOptions("2026-11", "en", "Bank", "Internal", Meta.GeneratedAt, "#112233", "Lato");
        var settings = new ReportSettings("conf/report.config.yaml", options, null!, null!, null!, 7);

        ReportMeta meta = ReportMeta.From(settings, "Churn");

        Assert.Equal(
            new ReportMeta("Churn", "Bank", "2026-11", "Internal", "en", Meta.GeneratedAt, "#112233", "Lato", "conf/report.config.yaml"),
            meta);
    }
}
