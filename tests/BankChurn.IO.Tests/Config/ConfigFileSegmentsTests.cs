using BankChurn.Core;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

/// <summary>The <c>segments:</c> section: the repository's defaults and mistakes that name the segment.</summary>
public class ConfigFileSegmentsTests
{
    private const string One = """
        segments:
          defined:
            - id: women_35_50_inactive
              name: "Женщины 35–50"
              goal: acquisition
              rule: "gender == 'Ж' and age between 35 and 50 and last_activity == 0"
        """;

    [Fact]
    public void Read_RepositoryConfig_HasTheSeedSegments()
    {
        SegmentsSettings segments = ConfigFile.Read(RepoPaths.Config, [], Now).Segments;
        string[] ids = [.. segments.Defined.Select(s => s.Id)];
        Assert.Subset(ids.ToHashSet(), new HashSet<string>
        {
            "women_cc_equity_lt3", "women_equity_lt3_products_le3", "women_35_50_inactive", "age_35_50_cc_products_le3", "age_60plus_inactive",
            "products_1", "products_2", "products_3", "products_4_plus",
        });
        Assert.Equal(3, segments.Defined.Count(s => s.Goal == SegmentGoal.Retention && !s.Id.StartsWith("products_", StringComparison.Ordinal)));
        Assert.All(segments.Defined.Where(s => s.Id.StartsWith("products_", StringComparison.Ordinal)), s => Assert.True(s.CompareSubgroups));
        Assert.True(segments.Discover);
        Assert.Equal(3, segments.Discovery.MaxConditions);
        Assert.Equal(500, segments.Discovery.MinSize);
        Assert.NotEmpty(segments.Catalogue.Entries);
    }

    [Fact]
    public void Parse_NameEn_NamesTheSegmentInEnglish_AndDefaultsToTheName()
    {
        SegmentDefinition plain = Assert.Single(Parse(One).Segments.Defined);
        Assert.Null(plain.EnglishName);
        SegmentDefinition named = Assert.Single(Parse(One, "segments.defined[0].name_en=Women aged 35–50").Segments.Defined);
        Assert.Equal("Women aged 35–50", named.EnglishName);
        Assert.Equal("Женщины 35–50", named.Name);
    }

    [Fact]
    public void Parse_NoSegmentsSection_UsesDefaults() => Assert.Equal(SegmentsSettings.Default.Discovery, Parse("").Segments.Discovery);

    [Theory]
    [InlineData("segments.defined[0].rule=gender = 'Ж'", "segment 'Женщины 35–50'")]
    [InlineData("segments.defined[0].goal=keep", "retention or acquisition")]
    [InlineData("segments.discovery.max_conditions=7", "segments.discovery.max_conditions")]
    [InlineData("segments.priority_metric=size", "excess_churners or value_at_risk")]
    public void Parse_Mistake_NamesTheSegmentOrKey(string setting, string keyWords)
    {
        InputException problem = Fails(One, setting);
        Assert.Contains(keyWords, problem.Message, StringComparison.Ordinal);
    }
}
