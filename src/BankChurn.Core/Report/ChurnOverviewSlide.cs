using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Overview;

namespace BankChurn.Core.Report;

/// <summary>The churn overview: the overall share and, per categorical column, the spread between its levels and the chi-square test.</summary>
internal static class ChurnOverviewSlide
{
    private const double Alpha = 0.05;

    public static Slide Compose(ChurnFindings findings, Wording w)
    {
        ChurnRate overall = findings.Overall;
        KeyFigure[] figures =
        [
            new(w.Say("Клиентов в анализе", "Clients analysed"), overall.Clients, CellFormat.Integer),
            new(w.Say("Ушли", "Churned"), overall.Churned, CellFormat.Integer),
            new(w.Say("Доля оттока", "Churn share"), overall.Rate, CellFormat.Percent,
                w.Say($"95 % ДИ Уилсона: {w.Percent(overall.Confidence.Low)} – {w.Percent(overall.Confidence.High)}",
                      $"95% Wilson CI: {w.Percent(overall.Confidence.Low)} – {w.Percent(overall.Confidence.High)}")),
        ];
        var rows = findings.ByFeature
            .Where(f => f.Levels.Length > 1)
            .OrderByDescending(f => f.Test.CramersV)
            .Select(f => Row(f, overall, w));
        var table = new Table(
            [
                new(w.Say("Признак", "Feature")),
                new(w.Say("Больше всего уходят", "Highest churn")),
                new(w.Say("Меньше всего", "Lowest churn")),
                new(w.Say("V Крамера", "Cramér's V"), CellFormat.Decimal),
                new(w.Say("p (χ²)", "p (χ²)")),
            ],
            [.. rows]);
        ImmutableArray<string> notes =
        [
            w.Say("Связь признака с оттоком — критерий χ² Пирсона без поправки на непрерывность; сила связи — V Крамера (0 — нет связи, 1 — полная).",
                  "Association with churn: Pearson's χ² without continuity correction; strength: Cramér's V (0 none, 1 complete)."),
            w.Say("Интервалы — 95 % Уилсона; признаки отсортированы по силе связи.", "Intervals are 95% Wilson; features are sorted by strength."),
        ];
        return new Slide(SlideKinds.ChurnOverview, Headline(findings, w), Subtitle(overall, w),
            [new KeyFiguresBlock([.. figures]), new TableBlock(table), new TextBlock(notes, Bullets: true)]);
    }

    private static string? Subtitle(ChurnRate overall, Wording w) => overall.Clients == 0
        ? null
        : w.Say($"Средняя доля оттока — {w.Percent(overall.Rate)}: ушли {w.Integer(overall.Churned)} из {w.Integer(overall.Clients)} клиентов",
                $"Average churn share {w.Percent(overall.Rate)}: {w.Integer(overall.Churned)} of {w.Integer(overall.Clients)} clients left");

    private static ImmutableArray<Cell> Row(FeatureChurn feature, ChurnRate overall, Wording w)
    {
        (FeatureLevel? high, FeatureLevel? low) = Extremes(feature, overall.Clients);
        string Level(FeatureLevel? l) => l is null ? "" : $"{ColumnPhrases.Label(feature.Column, l.Level, l.IsMissing, w)}: {w.Percent(l.Churn.Rate)}";
        return [ColumnNames.Of(feature.Column, w), Level(high), Level(low), feature.Test.CramersV, w.PValue(feature.Test.PValue)];
    }

    /// <summary>The levels with the highest and lowest churn share among those large enough to headline.</summary>
    internal static (FeatureLevel? High, FeatureLevel? Low) Extremes(FeatureChurn feature, int clients)
    {
        FeatureLevel[] candidates = [.. feature.Levels.Where(l => !l.IsMissing && ColumnPhrases.Headline(l.Churn.Clients, clients))];
        if (candidates.Length < 2)
            candidates = [.. feature.Levels.Where(l => !l.IsMissing)];
        return (candidates.MaxBy(l => l.Churn.Rate), candidates.MinBy(l => l.Churn.Rate));
    }

    /// <summary>The title: the strongest significant contrast, "Мужчины уходят в 1,9 раза чаще, чем женщины: 23,6 % против 12,7 %".</summary>
    private static string Headline(ChurnFindings findings, Wording w)
    {
        ChurnRate overall = findings.Overall;
        if (overall.Churned == 0)
            return w.Say("В этом месяце никто не ушёл", "Nobody left this month");
        FeatureChurn? strongest = findings.ByFeature
            .Where(f => f.Test.PValue < Alpha && f.Levels.Length > 1)
            .MaxBy(f => f.Test.CramersV);
        if (strongest is not null && Extremes(strongest, overall.Clients) is ({ } high, { } low) && high.Churn.Rate > low.Churn.Rate)
        {
            string who = Capitalise(ColumnPhrases.Who(strongest.Column, high.Level, high.IsMissing, w));
            string than = ColumnPhrases.Who(strongest.Column, low.Level, low.IsMissing, w);
            string rates = w.Say($"{w.Percent(high.Churn.Rate)} против {w.Percent(low.Churn.Rate)}", $"{w.Percent(high.Churn.Rate)} vs {w.Percent(low.Churn.Rate)}");
            if (low.Churn.Rate > 0)
                return w.Say($"{who} уходят {w.Times(high.Churn.Rate / low.Churn.Rate)} чаще, чем {than}: {rates}",
                             $"{who} churn {w.Times(high.Churn.Rate / low.Churn.Rate)} as often as {than}: {rates}");
            return w.Say($"{who} уходят, а {than} — нет: {rates}", $"{who} churn while {than} do not: {rates}");
        }
        return w.Say($"Отток — {w.Percent(overall.Rate)}; ни один признак не разделяет клиентов значимо",
                     $"Churn is {w.Percent(overall.Rate)}; no feature separates clients significantly");
    }

    internal static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
