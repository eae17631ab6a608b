using BankChurn.Core.Changes;

namespace BankChurn.Core.Report;

/// <summary>
/// The labels of the month-over-month key figures, chart and sheets; the slide's title and sentences are in the
/// month_over_month template.
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

    public string SegmentsHeading => w.Say("Сегменты", "Segments");

    public string YesNo(bool value) => value ? w.Say("да", "yes") : w.Say("нет", "no");
}
