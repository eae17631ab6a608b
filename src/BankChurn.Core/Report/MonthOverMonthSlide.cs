using System.Collections.Immutable;
using BankChurn.Core.Changes;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>
/// Month over month: the headline figures then and now, churn by priority segment as dumbbells (last month's rules on
/// both months), and the churn change explained by shift-share. No slide without last period's results.
/// </summary>
internal static class MonthOverMonthSlide
{
    /// <summary>Rows of the change chart: the base plus the segments that matter most.</summary>
    private const int ChartRows = 8;

    public static Slide? Compose(ChangeFindings findings, Wording words)
    {
        if (findings.Changes is not { } c)
            return null;
        var t = new ChangeWording(words);
        string previous = words.Period(c.PreviousPeriod);
        string current = t.Words.Say("этот месяц", "this month");

        var figures = new List<KeyFigure>();
        void Figure(string key, CellFormat format, Func<FigureChange, string> change)
        {
            if (c.Figure(key) is { } f)
                figures.Add(new KeyFigure(t.Label(key), f.Current, format, $"{t.Was(Show(f.Previous, format, words))}, {change(f)}"));
        }
        Figure(HeadlineFigures.Clients, CellFormat.Integer, f => t.Signed((long)Math.Round(f.Absolute)));
        Figure(HeadlineFigures.Rate, CellFormat.Percent, f => t.Points(f.Absolute));
        Figure(HeadlineFigures.ValueAtRisk, CellFormat.Money, f => f.Relative is { } r ? (r > 0 ? "+" : "") + words.Percent(r) : words.ReadableMoney(f.Absolute));

        var items = new List<ChangeItem>();
        if (c.Figure(HeadlineFigures.Rate) is { } overall)
            items.Add(new ChangeItem(t.WholeBase, overall.Previous, overall.Current));
        items.AddRange(c.Segments
            .Where(s => s.Previous is not null && s.Reapplied is not null)
            .OrderBy(s => s.Goal == SegmentGoal.Retention ? 0 : 1)
            .ThenBy(s => s.PreviousPriority ?? int.MaxValue)
            .Take(ChartRows - items.Count)
            .Select(s => new ChangeItem(Name(s, words), s.Previous!.Value.Rate, s.Reapplied!.Value.Rate)));
        var chart = new ChangeChartSpec(t.ChartTitle, [.. items], previous, current, ValueAxis.Percent);

        var why = new List<string>();
        if (c.ShiftShare is { } shift)
        {
            why.Add(t.ShiftShareSentence(shift));
            if (shift.Cells.Where(cell => Math.Abs(cell.Total) > 0).MaxBy(cell => Math.Abs(cell.Total)) is { } largest)
                why.Add(t.LargestCell(CellName(largest.Id, c, t), largest));
        }
        else
            why.Add(t.NoShiftShare);
        SegmentChange[] significant = [.. c.Segments
            .Where(s => s.ChurnTest is { PValue: < 0.05 } && s.Previous is not null && s.Reapplied is not null)
            .OrderBy(s => s.ChurnTest!.PValue).Take(1)];
        if (significant.Length == 0)
            why.Add(t.NoSignificantSegment);
        foreach (SegmentChange s in significant)
            why.Add(t.SignificantChange(Name(s, words), s.Previous!.Value, s.Reapplied!.Value, s.ChurnTest!.PValue));

        var flags = new List<string>
        {
            t.SegmentCounts(Count(c, SegmentStatus.Both), Count(c, SegmentStatus.New), Count(c, SegmentStatus.Gone), Count(c, SegmentStatus.Redefined)),
        };
        // Names of new, gone and redefined segments are listed in the workbook's changes sheet; the slide has room for
        // the defined ones only, which the analysts wrote and will look for.
        Flag(flags, t, t.RedefinedLabel, c.Segments.Where(s => s.Status == SegmentStatus.Redefined && s.Source == SegmentSource.Config), words);

        return new Slide(SlideKinds.MonthOverMonth, t.Title(c, previous), t.Subtitle(previous),
        [
            new KeyFiguresBlock([.. figures]),
            new ChartBlock(chart),
            new TextBlock([.. why, .. flags], Bullets: true, Heading: t.WhyHeading),
        ]);
    }

    private static int Count(PeriodChanges c, SegmentStatus status) => c.Segments.Count(s => s.Status == status);

    private static void Flag(List<string> into, ChangeWording t, string label, IEnumerable<SegmentChange> segments, Wording w)
    {
        string[] names = [.. segments.Take(3).Select(s => Name(s, w))];
        if (names.Length > 0)
            into.Add(t.Flagged(label, names));
    }

    private static string Name(SegmentChange s, Wording w) => w.IsRussian ? s.Name : s.EnglishName;

    private static string CellName(string id, PeriodChanges c, ChangeWording t) =>
        id == PriorityPartition.RestId ? t.RestOfBase
        : c.Segments.FirstOrDefault(s => s.Id == id) is { } s ? Name(s, t.Words) : id;

    private static string Show(double value, CellFormat format, Wording w) => format switch
    {
        CellFormat.Percent => w.Percent(value),
        CellFormat.Money => w.ReadableMoney(value),
        _ => w.Integer((long)Math.Round(value)),
    };
}
