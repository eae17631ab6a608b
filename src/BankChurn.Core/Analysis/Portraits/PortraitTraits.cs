using System.Collections.Immutable;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Clients;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Analysis.Portraits;

/// <summary>
/// Chooses the traits of the portrait sentences so that each sentence describes a real share of its group. Candidate traits
/// are the levels of a categorical column over-represented in the group (share ratio ≥ <see cref="OverRepresented"/>
/// against the other group; ordered levels merged when adjacent) and, for churned clients, each continuous column's
/// churn-prone ranges, the ones the drivers slide shows. They are taken in order of how much more of the group than of
/// the other group has them (the difference of the two shares: a trait most of the group has and few others have comes
/// first, a rare one later), each only while at least <see cref="MinFit"/> of the group still has all the traits taken:
/// listing every over-represented trait described, on the real table, 72 clients (1.7 % of the churned).
/// </summary>
public static class PortraitTraits
{
    /// <summary>A level is characteristic of a group when its share there is at least this many times its share in the other group.</summary>
    public const double OverRepresented = 1.2;

    /// <summary>The smallest share of the group a portrait must still describe.</summary>
    public const double MinFit = 0.25;

    public static Portrait Choose(ClientTable table, PortraitFindings portraits, IEnumerable<ContinuousDriver> drivers, bool churned)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(portraits);
        ArgumentNullException.ThrowIfNull(drivers);
        RowSet group = churned ? table.Churned : table.Churned.Not(), other = churned ? table.Churned.Not() : table.Churned;
        if (group.Count == 0)
            return Portrait.Empty;
        var candidates = new List<PortraitTrait>();
        foreach (LevelPortrait column in portraits.Levels.Where(c => table.HasColumn(c.Column)))
            if (LevelTrait(column, churned) is { } trait)
                candidates.Add(trait);
        if (churned)
            foreach (ContinuousDriver driver in drivers.Where(d => !d.ProneRanges.IsEmpty && d.Bins.Length > 0 && table.NumericColumns.ContainsKey(d.Column)))
                candidates.Add(new PortraitTrait(driver.Column, [], driver.ProneRanges, 0, Smallest: driver.Bins[0].Min, Largest: driver.Bins[^1].Max));
        // Each candidate's rows once, and its strength: its share of the group less its share of the other group.
        var withRows = candidates.Select(t =>
        {
            RowSet rows = RowsOf(table, t);
            double strength = (double)rows.CountAnd(group) / group.Count - (other.Count == 0 ? 0 : (double)rows.CountAnd(other) / other.Count);
            return (Trait: t with { Strength = strength }, Rows: rows);
        }).ToList();

        var traits = ImmutableArray.CreateBuilder<PortraitTrait>();
        var fit = ImmutableArray.CreateBuilder<int>();
        var otherFit = ImmutableArray.CreateBuilder<int>();
        RowSet current = RowSet.All(table.RowCount);
        fit.Add(group.Count);
        otherFit.Add(other.Count);
        foreach ((PortraitTrait trait, RowSet rows) in withRows.OrderByDescending(t => t.Trait.Strength).ThenBy(t => t.Trait.Column, StringComparer.Ordinal))
        {
            RowSet next = current.And(rows);
            int inGroup = next.CountAnd(group);
            if (inGroup < MinFit * group.Count)
                continue;
            traits.Add(trait);
            fit.Add(inGroup);
            otherFit.Add(next.CountAnd(other));
            current = next;
        }
        return new Portrait(traits.ToImmutable(), fit.ToImmutable(), otherFit.ToImmutable(), group.Count, other.Count);
    }

    /// <summary>The over-represented levels of a column as one trait: all of them when they are adjacent ordered levels, else the strongest.</summary>
    private static PortraitTrait? LevelTrait(LevelPortrait column, bool churned)
    {
        double Share(PortraitLevel l, bool ofChurned) => ofChurned ? l.ChurnedShare : l.RetainedShare;
        PortraitLevel[] over = [.. column.Levels.Where(l => !l.IsMissing && Share(l, churned) > 0
            && (Share(l, !churned) == 0 || Share(l, churned) / Share(l, !churned) >= OverRepresented))];
        if (over.Length == 0)
            return null;
        PortraitLevel[] real = [.. column.Levels.Where(l => !l.IsMissing)];
        bool ordered = real.All(l => l.Level.Low is not null && !l.Level.IsBin);
        int first = Array.IndexOf(real, over[0]);
        bool adjacent = ordered && over.Select((l, i) => first + i < real.Length && real[first + i] == l).All(x => x);
        if (!adjacent)
            over = [over.OrderByDescending(l => Ratio(l)).ThenBy(l => Array.IndexOf(real, l)).First()];
        return new PortraitTrait(column.Column, [.. over.Select(l => l.Level)], [], 0, ToTop: adjacent && over.Length > 1 && over[^1] == real[^1]);

        double Ratio(PortraitLevel l) => Share(l, !churned) == 0 ? double.MaxValue : Share(l, churned) / Share(l, !churned);
    }

    /// <summary>The rows with one of the trait's levels, or a value in one of its ranges.</summary>
    private static RowSet RowsOf(ClientTable table, PortraitTrait trait)
    {
        if (trait.Ranges.IsEmpty)
            return Condition.OfLevels(table, trait.Column, trait.Levels.Select(l => l.Label)).Rows;
        RowSet rows = RowSet.Empty(table.RowCount);
        foreach (ChurnRange range in trait.Ranges)
            rows = rows.Or(Condition.Range(table, trait.Column, range.From, range.To).Rows);
        return rows;
    }
}
