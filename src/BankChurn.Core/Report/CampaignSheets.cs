using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Campaigns;
using BankChurn.Core.Clients;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>
/// The retention plan in the workbook: the campaigns sheet lists every contacted client once (highest expected loss first,
/// with the campaign's name and action, the control flag and the churn risk), and the summary sheet gives each campaign's
/// clients, control group, cost, expected saved value and the smallest effect it can measure.
/// </summary>
internal static class CampaignSheets
{
    /// <summary>
    /// One row per contacted client, in the plan's order (expected loss saved minus cost, highest first); null without a
    /// plan or a client table, or with the lists switched off (0 rows). Campaigns that do not fit in
    /// <paramref name="maxRows"/> are left out whole and named in the title.
    /// </summary>
    public static Sheet? Clients(ChurnFindings findings, ImmutableArray<string> columns, int maxRows, Wording w)
    {
        if (findings.Plan is not { } plan || findings.Segments.Clients is not { } table || maxRows == 0)
            return null;
        ClientAttributes attributes = ClientAttributes.Of(table, columns, w);
        string[] names = [.. plan.Campaigns.Select(c => CampaignNames.Of(c, w))];
        string[] actions = [.. plan.Campaigns.Select(c => c.Action ?? "")];
        ClientListPlan fit = ClientListPlan.ForPlan(plan, names, maxRows);
        bool[] listed = new bool[plan.Campaigns.Length];
        foreach (int k in fit.Listed)
            listed[k] = true;
        double[]? risk = findings.Model?.Probability;
        string yes = w.Say("да — не связываться", "yes: do not contact"), no = w.Say("нет", "no");

        IEnumerable<Cell[]> Rows()
        {
            var row = new Cell[5 + attributes.Count + (risk is null ? 0 : 1)];
            int rank = 0;
            foreach (int client in plan.Order)
            {
                int k = plan.CampaignOfRow[client];
                if (k < 0 || !listed[k])
                    continue;
                row[0] = ++rank;
                row[1] = names[k];
                row[2] = actions[k];
                row[3] = plan.Control[client] ? yes : no;
                row[4] = plan.ExpectedLoss[client];
                attributes.Fill(client, row, 5);
                if (risk is not null) row[^1] = Cell.Of(risk[client]);
                yield return row;
            }
        }

        var columnsOut = new List<TableColumn>
        {
            new("#", CellFormat.Integer),
            new(w.Say("Кампания", "Campaign")),
            new(w.Say("Действие", "Action")),
            new(w.Say("Контрольная группа", "Control group")),
            new(w.Say("Ожидаемая потеря, ₽ в год", "Expected loss, ₽ a year"), CellFormat.Money),
        };
        columnsOut.AddRange(attributes.Columns);
        if (risk is not null)
            columnsOut.Add(new(w.Say("Риск ухода", "Churn risk"), CellFormat.Percent));
        string title = w.Say(
            $"План удержания: {w.Count(plan.Contacted, "клиент", "клиента", "клиентов", "", "")} в {w.Count(plan.Campaigns.Length, "кампании", "кампаниях", "кампаниях", "", "")} (бюджет {w.Integer(plan.Budget)}), по убыванию ожидаемой потери; {w.Integer(plan.ControlClients)} в контрольной группе — им не звонить. Ушедшие клиенты не включены",
            $"Retention plan: {w.Count(plan.Contacted, "", "", "", "client", "clients")} in {w.Count(plan.Campaigns.Length, "", "", "", "campaign", "campaigns")} (budget {w.Integer(plan.Budget)}), highest expected loss first; {w.Integer(plan.ControlClients)} in the control group: do not contact them. Churned clients are not listed");
        if (!fit.LeftOut.IsEmpty)
        {
            title += w.Say(
                $". В листе {w.Integer(fit.Rows)} строк; не вошли (больше {w.Integer(maxRows)} строк, segments.client_list.max_rows): {string.Join(", ", fit.LeftOut)}",
                $". Listed here: {w.Integer(fit.Rows)} rows; not listed (over {w.Integer(maxRows)} rows, segments.client_list.max_rows): {string.Join(", ", fit.LeftOut)}");
        }
        return new Sheet(w.Say("Кампании", "Campaigns"), title, new Table([.. columnsOut], [])) { Stream = new RowStream(fit.Rows, Rows) };
    }

    /// <summary>One row per campaign, largest expected saved value first, then the plan's total; null without a plan.</summary>
    public static Sheet? Summary(ChurnFindings findings, Wording w)
    {
        if (findings.Plan is not { } plan)
            return null;
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<Cell>>();
        foreach ((Campaign c, _) in CampaignNames.ByExpectedSaved(plan, w))
        {
            rows.Add([CampaignNames.Of(c, w), c.Action ?? "", c.Clients, c.Treated, c.Control, c.Cost, c.ExpectedSaved, c.ExpectedChurn,
                Cell.OfOptional(c.MinimumDetectableDrop), Cell.OfOptional(c.MinimumDetectableEffect)]);
        }
        if (!plan.Campaigns.IsEmpty)
        {
            rows.Add([w.Say("Всего", "Total"), "", plan.Contacted, plan.Contacted - plan.ControlClients, plan.ControlClients,
                plan.Campaigns.Sum(c => c.Cost), plan.Campaigns.Sum(c => c.ExpectedSaved), Cell.Empty, Cell.Empty, Cell.Empty]);
        }
        var table = new Table(
            [
                new(w.Say("Кампания", "Campaign")),
                new(w.Say("Действие", "Action")),
                new(w.Say("Клиентов", "Clients"), CellFormat.Integer),
                new(w.Say("Связаться", "To contact"), CellFormat.Integer),
                new(w.Say("Контрольная группа", "Control group"), CellFormat.Integer),
                new(w.Say("Стоимость, ₽", "Cost, ₽"), CellFormat.Money),
                new(w.Say("Ожидаемо сохранить, ₽ в год", "Expected saved value, ₽ a year"), CellFormat.Money),
                new(w.Say("Ожидаемый отток", "Expected churn"), CellFormat.Percent),
                new(w.Say("Мин. заметное снижение оттока", "Min. detectable churn drop"), CellFormat.Percent),
                new(w.Say("Мин. эффект, h Коэна", "Min. effect, Cohen's h"), CellFormat.Decimal),
            ],
            rows.ToImmutable());
        string title = w.Say(
            $"Кампании удержания: бюджет {w.Integer(plan.Budget)} контактов, {w.Rubles(plan.ContactCost)} за контакт, контакт удерживает {w.Percent(plan.SaveRate, 0)} уходящих (campaign.save_rate), контрольная группа — {w.Percent(plan.ControlShare, 0)} каждой кампании. Мин. заметное снижение — с мощностью 80 % при α = 0,05 для сравнения с контрольной группой; пусто — контрольная группа пуста",
            $"Retention campaigns: a budget of {w.Integer(plan.Budget)} contacts, {w.Rubles(plan.ContactCost)} per contact, a contact keeps {w.Percent(plan.SaveRate, 0)} of leavers (campaign.save_rate), control group {w.Percent(plan.ControlShare, 0)} of each campaign. The minimum detectable drop has 80% power at α = 0.05 against the control group; empty when the control group is empty");
        return new Sheet(w.Say("Сводка кампаний", "Campaign summary"), title, table);
    }
}
