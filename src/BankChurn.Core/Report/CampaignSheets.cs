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
            $"План удержания: {w.Count(plan.Contacted, "клиент", "клиента", "клиентов", "", "")} в {w.Count(plan.Campaigns.Length, "кампании", "кампаниях", "кампаниях", "", "")} (бюджет {w.Integer(plan.Budget)}): связаться с {w.Integer(plan.Contacted - plan.ControlClients)}, {w.Integer(plan.ControlClients)} — контрольная группа, им не звонить. По убыванию ожидаемой потери; ушедшие клиенты не включены",
            $"Retention plan: {w.Count(plan.Contacted, "", "", "", "client", "clients")} in {w.Count(plan.Campaigns.Length, "", "", "", "campaign", "campaigns")} (budget {w.Integer(plan.Budget)}): contact {w.Integer(plan.Contacted - plan.ControlClients)}; {w.Integer(plan.ControlClients)} form the control group, do not contact them. Highest expected loss first; churned clients are not listed");
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

    /// <summary>
    /// The cross-sell list (campaign.cross_sell): the current clients of the significant acquisition segments, each once
    /// (the first of the lookalike profiles holding them), with the segment's first action and the churn risk; clients the
    /// retention plan contacts are left out. Null when switched off, without a plan or a client table, or with the lists off.
    /// </summary>
    public static Sheet? CrossSell(ChurnFindings findings, bool enabled, ImmutableArray<string> columns, int maxRows, Wording w)
    {
        if (!enabled || findings.Plan is not { } plan || findings.Segments.Clients is not { } table || maxRows == 0)
            return null;
        var byId = findings.Segments.Segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Segment[] profiles = [.. plan.Lookalikes.Select(id => byId[id])];
        var segmentOfRow = new int[table.RowCount];
        Array.Fill(segmentOfRow, -1);
        long count = 0;
        for (int k = 0; k < profiles.Length; k++)
        {
            foreach (int row in profiles[k].Rows)
            {
                if (segmentOfRow[row] >= 0 || table.Churned.Contains(row) || plan.CampaignOfRow[row] != CampaignPlan.None)
                    continue;
                segmentOfRow[row] = k;
                count++;
            }
        }
        long listed = Math.Min(count, maxRows);
        ClientAttributes attributes = ClientAttributes.Of(table, columns, w);
        string[] names = [.. profiles.Select(p => p.NameIn(w.IsRussian))];
        string[] actions = [.. profiles.Select(p => p.Actions.IsEmpty ? "" : p.Actions[0])];
        double[]? risk = findings.Model?.Probability;

        IEnumerable<Cell[]> Rows()
        {
            var row = new Cell[2 + attributes.Count + (risk is null ? 0 : 1)];
            long written = 0;
            for (int k = 0; k < profiles.Length && written < listed; k++)
            {
                for (int client = 0; client < segmentOfRow.Length && written < listed; client++)
                {
                    if (segmentOfRow[client] != k)
                        continue;
                    row[0] = names[k];
                    row[1] = actions[k];
                    attributes.Fill(client, row, 2);
                    if (risk is not null) row[^1] = Cell.Of(risk[client]);
                    written++;
                    yield return row;
                }
            }
        }

        var header = new List<TableColumn> { new(w.Say("Сегмент привлечения", "Acquisition segment")), new(w.Say("Действие", "Action")) };
        header.AddRange(attributes.Columns);
        if (risk is not null)
            header.Add(new(w.Say("Риск ухода", "Churn risk"), CellFormat.Percent));
        string title = w.Say(
            $"Кросс-продажи (campaign.cross_sell): {w.Count(count, "текущий клиент", "текущих клиента", "текущих клиентов", "", "")} сегментов привлечения, каждый один раз; клиенты из плана удержания не включены; вне бюджета удержания",
            $"Cross-sell (campaign.cross_sell): {w.Count(count, "", "", "", "current client", "current clients")} of the acquisition segments, each once; clients in the retention plan left out; outside the retention budget");
        if (listed < count)
            title += w.Say($". В листе первые {w.Integer(listed)} (segments.client_list.max_rows)", $". The first {w.Integer(listed)} are listed (segments.client_list.max_rows)");
        return new Sheet(w.Say("Кросс-продажи", "Cross-sell"), title, new Table([.. header], [])) { Stream = new RowStream(listed, Rows) };
    }
}
