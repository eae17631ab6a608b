using System.Collections.Immutable;
using BankChurn.Core.Report;

namespace BankChurn.IO.Tests.Pdf;

/// <summary>A small Russian report shaped like the composer's: a title slide and a data-quality slide, plus two sheets.</summary>
internal static class SampleReport
{
    public const string Title = "Отток клиентов: отчёт за ноябрь 2026";
    public const string QualityTitle = "Баланс не указан у 23 % клиентов — почти все они с 0–1 баллом собственности и не уходят";

    public static ReportMeta Meta(string fontFamily = "DejaVu Sans") => new(
        Title,
        "Банк «Метанпром»",
        "ноябрь 2026",
        "Конфиденциально",
        "ru",
        new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        "#1F4E79",
        fontFamily);

    public static Slide TitleSlide() => new(
        SlideKinds.Title,
        Title,
        "Анализ оттока и сегменты для удержания",
        [
            new KeyFiguresBlock(
            [
                new KeyFigure("Клиентов в базе", 10_000, CellFormat.Integer, "на 30.11.2026"),
                new KeyFigure("Ушли за месяц", 1_820, CellFormat.Integer),
                new KeyFigure("Доля оттока", 0.182, CellFormat.Percent, "95 % ДИ: 17,5–19,0 %"),
                new KeyFigure("Строк исключено", 74, CellFormat.Integer, "73 повтора user_id, 1 клиент с 0 продуктов"),
            ]),
        ]);

    public static Table MissingTable() => new(
        [
            new TableColumn("Столбец"),
            new TableColumn("Пропусков", CellFormat.Integer),
            new TableColumn("Доля пропусков", CellFormat.Percent),
            new TableColumn("Комментарий"),
        ],
        [
            ["balance", 2_295, 0.2295, "почти все с equity 0–1"],
            ["age", 26, 0.0026, "случайные пропуски"],
            ["est_salary", 0, 0.0, ""],
            ["score", 0, 0.0, ""],
            ["city", 0, 0.0, ""],
            ["gender", Cell.Empty, Cell.Empty, "не проверялось"],
        ]);

    public static Slide QualitySlide() => new(
        SlideKinds.DataQuality,
        QualityTitle,
        "Качество данных: 10 074 строки прочитано, 10 000 в анализе",
        [
            new KeyFiguresBlock(
            [
                new KeyFigure("Строк прочитано", 10_074, CellFormat.Integer),
                new KeyFigure("Строк в анализе", 10_000, CellFormat.Integer),
                new KeyFigure("Отклонено", 1, CellFormat.Integer, "products = 0"),
            ]),
            new TableBlock(MissingTable()),
            new TextBlock(
            [
                "Пропуски баланса не случайны: 98 % из них у клиентов с equity 0–1 и одним продуктом.",
                "Такие клиенты почти не уходят (отток 0,5 %), поэтому баланс не заполняется средним.",
                "73 повтора user_id — разные клиенты в разных городах; оставлены по настройке keep.",
            ], Bullets: true, Heading: "Что важно"),
        ]);

    public static Sheet QualitySheet() => new("Качество данных", "Пропуски по столбцам", MissingTable());

    public static Sheet ParametersSheet() => new(
        "Параметры запуска",
        null,
        new Table(
            [new TableColumn("Параметр"), new TableColumn("Значение")],
            [
                ["Период", "2026-11"],
                ["Файл данных", "data/bank_scrooge.csv"],
                ["SHA-256", "9f2c1e4b7a"],
                ["Строк прочитано", Cell.Of(10_074).WithFormat(CellFormat.Integer)],
                ["Минимальный размер сегмента", Cell.Of(500).WithFormat(CellFormat.Integer)],
                ["Уровень значимости", Cell.Of(0.05).WithFormat(CellFormat.Decimal)],
                ["Дата отчёта", new DateOnly(2026, 12, 1)],
            ]));

    public static Report Create(string fontFamily = "DejaVu Sans") =>
        new(Meta(fontFamily), [TitleSlide(), QualitySlide()], [QualitySheet(), ParametersSheet()]);

    public static ImmutableArray<Slide> Slides => [TitleSlide(), QualitySlide()];
}
