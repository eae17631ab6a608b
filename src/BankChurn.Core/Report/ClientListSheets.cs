using System.Collections.Immutable;
using System.Text;
using BankChurn.Core.Clients;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>
/// The marketing lists: every segment's current clients (one row per client per segment) and the campaign assignment
/// (each current client at most once, in priority order, with the reason). Rows are produced lazily from the columnar
/// table and the segments' row sets, so a million clients never become a million rows of cells in memory.
/// Churned clients never appear: a campaign has no use for a client who has already left.
/// </summary>
internal static class ClientListSheets
{
    // Reasons are cached per combination of segments: a million clients in 32 overlapping segments make tens of thousands
    // of combinations, and a reason built anew per row would allocate hundreds of megabytes; the bound caps the cache at
    // a few tens of megabytes whatever the number of segments.
    private const int MaxCachedReasons = 200_000;

    /// <summary>
    /// The client-list sheet: the current clients of the segments <see cref="ClientListPlan"/> lists within
    /// <paramref name="maxRows"/>; null when the findings carry no client table or the lists are switched off (0 rows).
    /// </summary>
    /// <param name="risk">Per row of the table: the churn probability shown in the last column (the model's, out of fold); null leaves the column out.</param>
    public static Sheet? Clients(SegmentFindings findings, ImmutableArray<string> columns, int maxRows, Wording w, double[]? risk = null)
    {
        if (findings.Clients is not { } table || maxRows == 0)
            return null;
        ClientAttributes attributes = ClientAttributes.Of(table, columns, w);
        ClientListPlan plan = ClientListPlan.Of(findings, maxRows);
        Segment[] segments = [.. plan.Listed.Select(k => findings.Segments[k])];
        var current = segments.Select(s => s.Rows.AndNot(table.Churned)).ToArray();
        long count = current.Sum(rows => (long)rows.Count);
        string[] goals = [.. segments.Select(s => Goal(s.Goal, w))];
        string[] names = [.. segments.Select(s => s.NameIn(w.IsRussian))];

        IEnumerable<Cell[]> Rows()
        {
            var row = new Cell[4 + attributes.Count + (risk is null ? 0 : 1)];
            for (int k = 0; k < segments.Length; k++)
            {
                Segment segment = segments[k];
                row[0] = segment.Id;
                row[1] = names[k];
                row[2] = goals[k];
                row[3] = segment.Figures.Priority;
                foreach (int client in current[k])
                {
                    attributes.Fill(client, row, 4);
                    if (risk is not null) row[^1] = Cell.Of(risk[client]);
                    yield return row;
                }
            }
        }

        var table2 = new Table(
            [
                new("id"),
                new(w.Say("Сегмент", "Segment")),
                new(w.Say("Цель", "Goal")),
                new(w.Say("Приоритет", "Priority"), CellFormat.Integer),
                .. attributes.Columns,
                .. RiskColumn(risk, w),
            ],
            []);
        string title = w.Say(
            $"Текущие клиенты каждого сегмента (ушедшие не включены): {w.Integer(count)} строк; клиент из нескольких сегментов есть в каждом из них",
            $"Current clients of each segment (churned clients left out): {w.Integer(count)} rows; a client in several segments is listed under each");
        if (!plan.LeftOut.IsEmpty)
        {
            title += w.Say(
                $". Не вошли (больше {w.Integer(maxRows)} строк, segments.client_list.max_rows): {string.Join(", ", plan.LeftOut)}",
                $". Not listed (over {w.Integer(maxRows)} rows, segments.client_list.max_rows): {string.Join(", ", plan.LeftOut)}");
        }
        return new Sheet(w.Say("Клиенты", "Clients"), title, table2) { Stream = new RowStream(count, Rows) };
    }

    /// <summary>
    /// The campaign-assignment sheet: the campaigns <see cref="ClientListPlan.ForCampaigns"/> lists within
    /// <paramref name="maxRows"/>, in the order they were served; null when the findings carry no client table or the
    /// lists are switched off (0 rows). The assignment itself (and results.json) covers every campaign either way.
    /// </summary>
    public static Sheet? Campaign(SegmentFindings findings, ImmutableArray<string> columns, int maxRows, Wording w, double[]? risk = null)
    {
        if (findings.Clients is not { } table || maxRows == 0)
            return null;
        CampaignAssignment assignment = findings.Assignment;
        ClientAttributes attributes = ClientAttributes.Of(table, columns, w);
        var byId = findings.Segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Segment[] served = [.. assignment.SegmentIds.Select(id => byId[id])];
        ClientListPlan plan = ClientListPlan.ForCampaigns(assignment, maxRows);
        bool[] listed = new bool[served.Length];
        foreach (int k in plan.Listed)
            listed[k] = true;
        string[] goals = [.. served.Select(s => Goal(s.Goal, w))];
        string[] names = [.. served.Select(s => s.NameIn(w.IsRussian))];

        IEnumerable<Cell[]> Rows()
        {
            // Counting sort of the rows by the segment that serves them: the sheet lists segment by segment, in the
            // order they were served, clients in table order within each.
            int[] ofRow = assignment.SegmentOfRow;
            var start = new int[served.Length + 1];
            foreach (int k in ofRow)
                if (k >= 0) start[k + 1]++;
            for (int k = 0; k < served.Length; k++)
                start[k + 1] += start[k];
            var order = new int[start[^1]];
            var next = (int[])start.Clone();
            for (int client = 0; client < ofRow.Length; client++)
                if (ofRow[client] >= 0) order[next[ofRow[client]]++] = client;

            var reasons = new Dictionary<(int, ulong), string>();
            var row = new Cell[5 + attributes.Count + (risk is null ? 0 : 1)];
            for (int k = 0; k < served.Length; k++)
            {
                if (!listed[k])
                    continue;
                Segment segment = served[k];
                row[0] = segment.Id;
                row[1] = names[k];
                row[2] = goals[k];
                row[3] = segment.Figures.Priority;
                for (int i = start[k]; i < start[k + 1]; i++)
                {
                    int client = order[i];
                    row[4] = Reason(served, k, client, goals[k], reasons, w);
                    attributes.Fill(client, row, 5);
                    if (risk is not null) row[^1] = Cell.Of(risk[client]);
                    yield return row;
                }
            }
        }

        var table2 = new Table(
            [
                new("id"),
                new(w.Say("Сегмент", "Segment")),
                new(w.Say("Цель", "Goal")),
                new(w.Say("Приоритет", "Priority"), CellFormat.Integer),
                new(w.Say("Почему здесь", "Reason")),
                .. attributes.Columns,
                .. RiskColumn(risk, w),
            ],
            []);
        string title = w.Say(
            $"Каждый текущий клиент — не более чем в одной кампании, по приоритету сегментов: назначено {w.Integer(assignment.TotalAssigned)} + без кампании {w.Integer(assignment.Unassigned)} = {w.Integer(assignment.CurrentClients)} текущих клиентов",
            $"Each current client in at most one campaign, by segment priority: {w.Integer(assignment.TotalAssigned)} assigned + {w.Integer(assignment.Unassigned)} in no campaign = {w.Integer(assignment.CurrentClients)} current clients");
        if (!plan.LeftOut.IsEmpty)
        {
            title += w.Say(
                $". В листе {w.Integer(plan.Rows)} строк; не вошли (больше {w.Integer(maxRows)} строк, segments.client_list.max_rows): {string.Join(", ", plan.LeftOut)}",
                $". Listed here: {w.Integer(plan.Rows)} rows; not listed (over {w.Integer(maxRows)} rows, segments.client_list.max_rows): {string.Join(", ", plan.LeftOut)}");
        }
        return new Sheet(w.Say("Кампании", "Campaigns"), title, table2) { Stream = new RowStream(plan.Rows, Rows) };
    }

    /// <summary>
    /// "priority 1 retention segment; also in: a, b": the segment that took the client, and the later-served segments
    /// that also hold them (earlier ones cannot: they would have taken the client). The later segments are looked up
    /// as a bit mask (the first 64), so the wording is built once per combination rather than once per client.
    /// </summary>
    private static string Reason(Segment[] served, int k, int client, string goal, Dictionary<(int, ulong), string> cache, Wording w)
    {
        ulong mask = 0;
        int last = Math.Min(served.Length, k + 1 + 64);
        for (int j = k + 1; j < last; j++)
            if (served[j].Rows.Contains(client))
                mask |= 1UL << (j - k - 1);
        if (cache.TryGetValue((k, mask), out string? cached))
            return cached;
        var text = new StringBuilder(w.Say($"приоритет {served[k].Figures.Priority}, {goal}", $"priority {served[k].Figures.Priority} {goal} segment"));
        if (mask != 0)
        {
            text.Append(w.Say("; также в: ", "; also in: "));
            string separator = "";
            for (int b = 0; b < last - k - 1; b++)
            {
                if ((mask & (1UL << b)) == 0) continue;
                text.Append(separator).Append(served[k + 1 + b].Id);
                separator = ", ";
            }
        }
        string reason = text.ToString();
        if (cache.Count < MaxCachedReasons)
            cache[(k, mask)] = reason;
        return reason;
    }

    private static TableColumn[] RiskColumn(double[]? risk, Wording w) =>
        risk is null ? [] : [new(w.Say("Риск ухода", "Churn risk"), CellFormat.Percent)];

    private static string Goal(SegmentGoal goal, Wording w) =>
        goal == SegmentGoal.Retention ? w.Say("удержание", "retention") : w.Say("привлечение", "acquisition");
}
