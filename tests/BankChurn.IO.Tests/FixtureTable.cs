using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using BankChurn.IO.Csv;

namespace BankChurn.IO.Tests;

/// <summary>
/// The committed synthetic fixture tests/fixtures/synth_2000.csv (bankchurn synth --rows 2000 --seed 13), loaded once
/// through <see cref="ClientsCsv"/> with the real table's column names. It has no client with 0 products, so the
/// cleaning the real table needs leaves all 2,000 rows; the reference checks run on it on every clone.
/// </summary>
internal static class FixtureTable
{
    private static readonly Lazy<ClientTable> Loaded = new(() =>
    {
        var map = ImmutableDictionary<string, string>.Empty.Add("user_id", "USERID").Add("est_salary", "EST_SALARY");
        return ClientsCsv.Read(new InputSettings(RepoPaths.SynthFixture, map, null, null, null, InvalidRowPolicy.Fail, 50)).Table;
    });

    public static ClientTable Table => Loaded.Value;
}
