using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Campaigns;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>
/// The retention plan: how many current clients to contact within the budget, in which campaigns, what it costs, what it
/// is expected to save, and the control group held back to measure the effect next month.
/// </summary>
internal static class PlanSlide
{
    /// <summary>Campaigns listed one per row; the rest share a last row (the workbook lists every one).</summary>
    private const int Shown = 4;

    public static Slide? Compose(ChurnFindings findings, Narration n)
    {
        if (findings.Plan is not { } plan)
            return null;
        Wording w = n.W;
        double cost = plan.Campaigns.Sum(c => c.Cost), saved = plan.Campaigns.Sum(c => c.ExpectedSaved);
        int treated = plan.Contacted - plan.ControlClients;
        KeyFigure[] figures =
        [
            new(w.Say("Связаться с клиентами", "Clients to contact"), treated, CellFormat.Integer,
                w.Say($"из бюджета {w.Integer(plan.Budget)}; в {w.Count(plan.Campaigns.Length, "кампании", "кампаниях", "кампаниях", "campaign", "campaigns")}",
                    $"of a budget of {w.Integer(plan.Budget)}; in {w.Count(plan.Campaigns.Length, "", "", "", "campaign", "campaigns")}")),
            new(w.Say("Контрольная группа", "Control group"), plan.ControlClients, CellFormat.Integer,
                w.Say($"{w.Percent(plan.ControlShare, 0)} каждой кампании: им не звонить", $"{w.Percent(plan.ControlShare, 0)} of each campaign: not contacted")),
            new(w.Say("Стоимость контактов", "Contact cost"), w.ReadableMoney(cost), CellFormat.Text,
                w.Say($"{w.Rubles(plan.ContactCost)} за контакт", $"{w.Rubles(plan.ContactCost)} per contact")),
            new(w.Say("Ожидаемо сохранить", "Expected saved value"), w.ReadableMoney(saved), CellFormat.Text,
                w.Say($"в год, если контакт удержит {w.Percent(plan.SaveRate, 0)} уходящих", $"a year, if a contact keeps {w.Percent(plan.SaveRate, 0)} of leavers")),
        ];
        var ordered = CampaignNames.ByExpectedSaved(plan, w).Select(p => p.Campaign).ToList();
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<Cell>>();
        foreach (Campaign c in ordered.Take(ordered.Count > Shown + 1 ? Shown : ordered.Count))
            rows.Add([CampaignNames.Of(c, w), c.Treated, c.Control, c.Cost, c.ExpectedSaved, Cell.OfOptional(c.MinimumDetectableDrop)]);
        if (ordered.Count > Shown + 1)
        {
            List<Campaign> rest = ordered[Shown..];
            rows.Add([
                w.Say($"Ещё {w.Count(rest.Count, "кампания", "кампании", "кампаний", "", "")} (на листе «Сводка кампаний»)",
                    $"{w.Count(rest.Count, "", "", "", "more campaign", "more campaigns")} (on the “Campaign summary” sheet)"),
                rest.Sum(c => c.Treated), rest.Sum(c => c.Control), rest.Sum(c => c.Cost), rest.Sum(c => c.ExpectedSaved), Cell.Empty]);
        }
        var table = new Table(
            [
                new(w.Say("Кампания", "Campaign")),
                new(w.Say("Связаться", "Contact"), CellFormat.Integer),
                new(w.Say("Контроль", "Control"), CellFormat.Integer),
                new(w.Say("Стоимость", "Cost"), CellFormat.Money),
                new(w.Say("Сохранить", "Saved"), CellFormat.Money),
                new(w.Say("Мин. эффект", "Min. effect"), CellFormat.Percent),
            ],
            rows.ToImmutable());
        Campaign? first = ordered.FirstOrDefault();
        ViewModel model = n.Model().Child("plan", new ViewModel(w)
            .Count("budget", plan.Budget)
            .Count("contacted", plan.Contacted)
            .Count("treated", treated)
            .Count("control", plan.ControlClients)
            .Share("control_share", plan.ControlShare)
            .Count("campaigns", plan.Campaigns.Length)
            .Money("cost", cost)
            .Money("expected_saved", saved)
            .Money("contact_cost", plan.ContactCost)
            .Share("save_rate", plan.SaveRate)
            .Text("top_campaign", first is null ? null : CampaignNames.Of(first, w))
            .Count("lookalikes", plan.Lookalikes.Length)
            .Flag("from_model", findings.Model is not null));
        SlideBlock[] blocks = plan.Campaigns.IsEmpty ? [new KeyFiguresBlock([.. figures])] : [new KeyFiguresBlock([.. figures]), new TableBlock(table)];
        return n.Slide(SlideKinds.Plan, model, blocks);
    }
}
