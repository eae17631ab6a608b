using System.Collections.Immutable;
using BankChurn.Core;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;
using BankChurn.IO.Csv;
using FluentAssertions;
using Xunit.Abstractions;

namespace BankChurn.IO.Tests.Segments;

/// <summary>
/// Segments on the real table, cleaned as the default config does (the one client with 0 products excluded; 9,999
/// rows). Skipped, with a message, where ../shared is absent.
/// </summary>
public sealed class RealTableSegmentsTests(ITestOutputHelper output)
{
    private static readonly SourceLocation Here = new("test");
    private static readonly Lazy<ClientTable?> Cleaned = new(Load);

    private static ClientTable? Load()
    {
        string? path = RepoPaths.RealTable();
        if (path is null) return null;
        var settings = new InputSettings(path,
            ImmutableDictionary<string, string>.Empty.Add("user_id", "USERID").Add("est_salary", "EST_SALARY"),
            null, null, null, InvalidRowPolicy.Fail, 50);
        ClientTable table = ClientsCsv.Read(settings).Table;
        return table.Filter(Rule.Parse("products == 0", "test", Here).Evaluate(table).Not());
    }

    private bool TryGetTable(out ClientTable table)
    {
        table = Cleaned.Value!;
        if (table is null)
            output.WriteLine("Skipped: ../shared/data/bank_scrooge.csv was not found above the repository root.");
        return table is not null;
    }

    [Fact]
    public void Discover_Retention_BeatsPublishedSegments()
    {
        if (!TryGetTable(out ClientTable table)) return;
        table.RowCount.Should().Be(9_999);
        NumericColumn value = table.Numeric("balance");
        ImmutableArray<Segment> found = Discovery.Run(table, value, SegmentGoal.Retention, new DiscoverySettings(), ActionCatalogue.Empty);
        foreach (Segment s in found)
            output.WriteLine($"{s.Quality:F4} n={s.Figures.Clients} rate={s.Figures.Rate:F3} p={s.Figures.PAdjusted:G3} | {s.Rule} | {s.Name}");
        found.Should().NotBeEmpty();
        found[0].Quality.Should().BeGreaterThan(0.049);
    }
}
