using BankChurn.Core.Changes;

namespace BankChurn.Core.Report;

/// <summary>
/// Every sentence and label of the month-over-month slide and sheets, in one place so that it can move into templates
/// as a whole. Numbers stay raw elsewhere; only running text is worded here.
/// </summary>
internal sealed class ChangeWording(Wording w)
{
    public Wording Words => w;

    /// <summary>A change in percentage points with its sign: "+1,4 п.п." / "+1.4 pp"; 0 is written without a sign.</summary>
    public string Points(double difference)
    {
        double rounded = Math.Round(difference * 100, 1, MidpointRounding.AwayFromZero);
        string number = (rounded > 0 ? "+" : "") + w.Number(rounded);
        return w.Say(number + "\u00A0п.п.", number + "\u00A0pp");
    }

    /// <summary>A signed whole-number change: "+120", "−35", "0".</summary>
    public string Signed(long change) => change == 0 ? "±0" : (change > 0 ? "+" : "") + w.Integer(change);

    public string Title(PeriodChanges c, string previousPeriod)
    {
        FigureChange? rate = c.Figure(HeadlineFigures.Rate);
        if (rate is null)
            return w.Say($"Изменения по сравнению с прошлым месяцем ({previousPeriod})", $"Changes since {previousPeriod}");
        string from = w.Percent(rate.Previous), to = w.Percent(rate.Current), pValue = w.PValue(c.ChurnTest.PValue);
        bool significant = c.ChurnTest.PValue < 0.05;
        string where = c.ShiftShare is { } s && Math.Abs(s.Total) > 1e-12
            ? Math.Abs(s.Mix) > Math.Abs(s.RateEffect)
                ? w.Say("; в основном из-за сдвига структуры клиентов", "; mostly because the client mix moved")
                : w.Say("; в основном из-за оттока внутри сегментов", "; mostly because churn within segments moved")
            : "";
        if (Math.Round(rate.Absolute * 1000) == 0)
            return w.Say($"Отток не изменился: {to} против {from} в прошлом месяце", $"Churn held steady: {to} against {from} in {previousPeriod}");
        string verbRu = rate.Absolute > 0 ? "вырос" : "снизился", verbEn = rate.Absolute > 0 ? "rose" : "fell";
        return significant
            ? w.Say($"Отток {verbRu} с {from} до {to} ({Points(rate.Absolute)}, {pValue}){where}",
                    $"Churn {verbEn} from {from} to {to} ({Points(rate.Absolute)}, {pValue}){where}")
            : w.Say($"Отток {to} против {from} ({Points(rate.Absolute)}) — в пределах случайных колебаний ({pValue})",
                    $"Churn {to} against {from} ({Points(rate.Absolute)}), within chance variation ({pValue})");
    }

    public string Subtitle(string previousPeriod) => w.Say(
        $"Сравнение с прошлым месяцем ({previousPeriod}): сегменты — по прошлым правилам, применённым к данным этого месяца",
        $"Compared with {previousPeriod}: last month's segments by last month's rules applied to this month's data");

    public string Was(string value) => w.Say($"было {value}", $"was {value}");

    public string Label(string key) => key switch
    {
        HeadlineFigures.Clients => w.Say("Клиентов в анализе", "Clients analysed"),
        HeadlineFigures.Churned => w.Say("Ушли", "Churned"),
        HeadlineFigures.Rate => w.Say("Доля оттока", "Churn share"),
        HeadlineFigures.ValueTotal => w.Say("Ценность базы в год", "Base value a year"),
        HeadlineFigures.ValueLost => w.Say("Ушло с клиентами", "Lost with churned clients"),
        HeadlineFigures.ValueAtRisk => w.Say("Ценность под риском", "Value at risk"),
        HeadlineFigures.ValueLostShare => w.Say("Доля ушедшей ценности", "Share of value lost"),
        HeadlineFigures.ValueMeanChurned => w.Say("Средняя ценность ушедшего", "Mean value per churned client"),
        HeadlineFigures.ValueMeanCurrent => w.Say("Средняя ценность текущего", "Mean value per current client"),
        HeadlineFigures.RowsRead => w.Say("Строк прочитано", "Rows read"),
        HeadlineFigures.RowsUsed => w.Say("Строк в анализе", "Rows used"),
        HeadlineFigures.RowsRejected => w.Say("Строк отклонено", "Rows rejected"),
        HeadlineFigures.RowsExcluded => w.Say("Строк исключено", "Rows excluded"),
        HeadlineFigures.DuplicateIds => w.Say("Повторов user_id", "Repeated user_ids"),
        _ when key.StartsWith(HeadlineFigures.MissingPrefix, StringComparison.Ordinal) =>
            w.Say($"Пропусков: {key[HeadlineFigures.MissingPrefix.Length..]}", $"Missing: {key[HeadlineFigures.MissingPrefix.Length..]}"),
        _ => key,
    };

    public string Status(SegmentStatus status) => status switch
    {
        SegmentStatus.Both => w.Say("в обоих месяцах", "in both"),
        SegmentStatus.New => w.Say("новый", "new"),
        SegmentStatus.Gone => w.Say("исчез", "gone"),
        _ => w.Say("переопределён", "redefined"),
    };

    public string WholeBase => w.Say("Вся база", "Whole base");

    public string RestOfBase => w.Say("Остальные клиенты", "Rest of the base");

    public string ChartTitle => w.Say("Доля оттока: прошлый месяц → этот", "Churn share: last month → this month");

    public string WhyHeading => w.Say("Почему изменился отток", "Why churn moved");

    public string SegmentsHeading => w.Say("Сегменты", "Segments");

    /// <summary>The shift-share in one sentence: the total and its three parts.</summary>
    public string ShiftShareSentence(ShiftShare s) => w.Say(
        $"Изменение {Points(s.Total)} складывается из сдвига структуры клиентов между сегментами ({Points(s.Mix)}), изменения оттока внутри сегментов ({Points(s.RateEffect)}) и их совместного изменения ({Points(s.Interaction)}).",
        $"The change of {Points(s.Total)} splits into the client mix moving between segments ({Points(s.Mix)}), churn within segments moving ({Points(s.RateEffect)}) and both together ({Points(s.Interaction)}).");

    public string LargestCell(string name, ShiftShareCell c) => w.Say(
        $"Больше всего — «{name}»: {Points(c.Total)} (доля клиентов {w.Percent(c.PreviousShare)} → {w.Percent(c.CurrentShare)}, отток {w.Percent(c.Previous.Rate)} → {w.Percent(c.Current.Rate)}).",
        $"The largest part is “{name}”: {Points(c.Total)} (share of clients {w.Percent(c.PreviousShare)} → {w.Percent(c.CurrentShare)}, churn {w.Percent(c.Previous.Rate)} → {w.Percent(c.Current.Rate)}).");

    public string NoShiftShare => w.Say(
        "Разложение на структуру и отток внутри сегментов недоступно: в результатах прошлого месяца нет разбиения по приоритетным сегментам.",
        "No split into mix and within-segment churn: last month's results have no priority partition.");

    public string SegmentCounts(int both, int added, int gone, int redefined) => w.Say(
        $"Сегментов в обоих месяцах: {both}; новых: {added}; исчезнувших: {gone}; переопределённых: {redefined}.",
        $"Segments in both months: {both}; new: {added}; gone: {gone}; redefined: {redefined}.");

    public string SignificantChange(string name, SegmentCount before, SegmentCount after, double p) => w.Say(
        $"Отток в «{name}» изменился значимо: {w.Percent(before.Rate)} → {w.Percent(after.Rate)} ({w.PValue(p)}).",
        $"Churn in “{name}” changed significantly: {w.Percent(before.Rate)} → {w.Percent(after.Rate)} ({w.PValue(p)}).");

    public string NoSignificantSegment => w.Say(
        "Ни в одном сегменте отток не изменился значимо (p < 0,05).",
        "No segment's churn changed significantly (p < 0.05).");

    public string Flagged(string label, IEnumerable<string> names) =>
        w.Say($"{label}: ", $"{label}: ") + string.Join(", ", names.Select(n => w.Say($"«{n}»", $"“{n}”"))) + ".";

    public string RedefinedLabel => w.Say("Правило изменено в конфигурации", "Rule edited in the config");

    public string YesNo(bool value) => value ? w.Say("да", "yes") : w.Say("нет", "no");
}
