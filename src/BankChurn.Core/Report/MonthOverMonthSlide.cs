using System.Collections.Immutable;
using BankChurn.Core.Changes;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;
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

    public static Slide? Compose(ChangeFindings findings, Narration n)
    {
        if (findings.Changes is not { } c)
            return null;
        Wording words = n.W;
        var t = new ChangeWording(words);
        string previous = words.Period(c.PreviousPeriod);
        string current = t.Words.Say("этот месяц", "this month");

        var figures = new List<KeyFigure>();
        void Figure(string key, CellFormat format, Func<FigureChange, string> change)
        {
            if (c.Figure(key) is { } f)
            {
                // Money reads as on the value slide ("34 млн ₽"), not to the rouble.
                Cell now = format == CellFormat.Money ? Cell.Of(words.ReadableMoney(f.Current)) : Cell.Of(f.Current);
                figures.Add(new KeyFigure(t.Label(key), now, format == CellFormat.Money ? CellFormat.Text : format, $"{t.Was(Show(f.Previous, format, words))}, {change(f)}"));
            }
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

        return n.Slide(SlideKinds.MonthOverMonth, n.Model().Child("mom", Model(c, t, previous)), [new KeyFiguresBlock([.. figures]), new ChartBlock(chart)]);
    }

    /// <summary>The template's variables: the churn change and its test, the shift-share, the most significant segment change, segment counts.</summary>
    private static ViewModel Model(PeriodChanges c, ChangeWording t, string previous)
    {
        Wording w = t.Words;
        var model = new ViewModel(w)
            .Text("previous_period", previous)
            .Text("previous_period_code", c.PreviousPeriod)
            .Count("segments_both", Count(c, SegmentStatus.Both))
            .Count("segments_new", Count(c, SegmentStatus.New))
            .Count("segments_gone", Count(c, SegmentStatus.Gone))
            .Count("segments_redefined", Count(c, SegmentStatus.Redefined))
            // Names of new, gone and redefined discovered segments are in the workbook's changes sheet; the slide names
            // the defined ones whose rule was edited, which the analysts wrote and will look for.
            .Words("redefined", c.Segments.Where(s => s.Status == SegmentStatus.Redefined && s.Source == SegmentSource.Config).Take(3).Select(s => Name(s, w)));

        FigureChange? rate = c.Figure(HeadlineFigures.Rate);
        model.Flag("has_rate", rate is not null);
        if (rate is not null)
        {
            model.Share("rate_before", rate.Previous)
                .Share("rate_after", rate.Current)
                .Number("rate_change", rate.Absolute)
                .Text("rate_change_points", t.Points(rate.Absolute))
                .PValue("rate_p", c.ChurnTest.PValue)
                .Flag("rate_significant", c.ChurnTest.PValue < 0.05)
                .Flag("rate_up", rate.Absolute > 0)
                // Below a tenth of a point the shown shares are equal; the title then says churn held steady.
                .Flag("rate_steady", Math.Round(rate.Absolute * 1000) == 0);
        }

        ViewModel? shift = null;
        if (c.ShiftShare is { } s)
        {
            shift = new ViewModel(w)
                .Number("total", s.Total).Text("total_points", t.Points(s.Total))
                .Number("mix", s.Mix).Text("mix_points", t.Points(s.Mix))
                .Number("rate_effect", s.RateEffect).Text("rate_effect_points", t.Points(s.RateEffect))
                .Number("interaction", s.Interaction).Text("interaction_points", t.Points(s.Interaction))
                .Flag("moved", Math.Abs(s.Total) > 1e-12)
                .Flag("mostly_mix", Math.Abs(s.Mix) > Math.Abs(s.RateEffect));
            ViewModel? largest = null;
            if (s.Cells.Where(cell => Math.Abs(cell.Total) > 0).MaxBy(cell => Math.Abs(cell.Total)) is { } cell)
            {
                largest = new ViewModel(w)
                    .Text("name", CellName(cell.Id, c, t))
                    .Number("total", cell.Total).Text("total_points", t.Points(cell.Total))
                    .Share("share_before", cell.PreviousShare)
                    .Share("share_after", cell.CurrentShare)
                    .Share("rate_before", cell.Previous.Rate)
                    .Share("rate_after", cell.Current.Rate);
            }
            shift.Child("largest", largest);
        }
        model.Child("shift", shift);

        ViewModel? significant = null;
        if (c.Segments
                .Where(x => x.ChurnTest is { PValue: < 0.05 } && x.Previous is not null && x.Reapplied is not null)
                .OrderBy(x => x.ChurnTest!.PValue).FirstOrDefault() is { } top)
        {
            significant = new ViewModel(w)
                .Text("name", Name(top, w))
                .Share("rate_before", top.Previous!.Value.Rate)
                .Share("rate_after", top.Reapplied!.Value.Rate)
                .PValue("p", top.ChurnTest!.PValue);
        }
        return model.Child("significant", significant);
    }

    private static int Count(PeriodChanges c, SegmentStatus status) => c.Segments.Count(s => s.Status == status);

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
