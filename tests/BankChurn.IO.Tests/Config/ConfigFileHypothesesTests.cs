using BankChurn.Core;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

/// <summary>The <c>hypotheses:</c> list: the four defaults of the repository config, and mistakes with their locations.</summary>
public class ConfigFileHypothesesTests
{
    private const string One = """
        hypotheses:
          - id: income_churned_vs_retained
            title: "Доход"
            metric: est_salary
            group_a: { name: "Ушедшие", rule: "churn == 1" }
            group_b: { name: "Оставшиеся", rule: "churn == 0" }
        """;

    [Fact]
    public void Read_RepositoryConfig_HasTheFourDefaultHypotheses()
    {
        ReportSettings settings = ConfigFile.Read(RepoPaths.Config, [], Now);
        Assert.Equal<string>(
            ["income_churned_vs_retained", "age_one_vs_two_products", "high_balance_churns_less", "score_churned_vs_retained"],
            settings.Hypotheses.Select(h => h.Id));
        HypothesisSettings balance = settings.Hypotheses[2];
        Assert.Equal("churn", balance.Metric.Text);
        Assert.Equal("balance >= quantile(balance, 0.75)", balance.GroupA.Rule.Text);
        Assert.All(settings.Hypotheses, h => Assert.Equal(HypothesisTest.Auto, h.Test));
        Assert.All(settings.Hypotheses, h => Assert.Equal(0.05, h.Alpha));
        // The title claims a direction ("уходят реже"), and the config states it so that the verdict can refute it.
        Assert.Equal(HypothesisDirection.ALess, balance.Direction);
        Assert.Equal(HypothesisDirection.TwoSided, settings.Hypotheses[0].Direction);
    }

    [Theory]
    [InlineData("two_sided", HypothesisDirection.TwoSided)]
    [InlineData("a_greater", HypothesisDirection.AGreater)]
    [InlineData("a_less", HypothesisDirection.ALess)]
    public void Parse_Direction_IsRead(string written, HypothesisDirection expected) =>
        Assert.Equal(expected, Assert.Single(Parse(One, $"hypotheses[0].direction={written}").Hypotheses).Direction);

    [Fact]
    public void Parse_UnknownDirection_NamesTheKeyAndTheChoices()
    {
        InputException e = Fails(One, "hypotheses[0].direction=less");
        Assert.Equal(ExitCode.UsageError, e.ExitCode);
        Assert.Contains("hypotheses[0].direction", e.Message, StringComparison.Ordinal);
        Assert.Contains("two_sided, a_greater or a_less", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MinEffect_DefaultsToCohensSmallEffectsAndTakesOverrides()
    {
        MinimumEffects defaults = Parse(One).Analysis.MinEffect;
        Assert.Equal((0.2, 0.1, 0.2), (defaults.CohensD, defaults.RankBiserial, defaults.CohensH));
        MinimumEffects set = Parse(One, "analysis.min_effect.cohens_d=0.5", "analysis.min_effect.rank_biserial=0").Analysis.MinEffect;
        Assert.Equal((0.5, 0.0, 0.2), (set.CohensD, set.RankBiserial, set.CohensH));
        InputException e = Fails(One, "analysis.min_effect.rank_biserial=1.5");
        Assert.Contains("analysis.min_effect.rank_biserial", e.Message, StringComparison.Ordinal);
        Assert.Contains("from 0 to 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LeftOutTestAndAlpha_TakeAutoAndFivePercent()
    {
        HypothesisSettings h = Assert.Single(Parse(One).Hypotheses);
        Assert.Equal(HypothesisTest.Auto, h.Test);
        Assert.Equal(0.05, h.Alpha);
        Assert.Equal("Ушедшие", h.GroupA.Name);
    }

    [Fact]
    public void Parse_EnglishTitleAndGroupNames_ShowInEnglishOnly()
    {
        HypothesisSettings plain = Assert.Single(Parse(One).Hypotheses);
        Assert.Equal(plain.Title, plain.TitleIn(russian: false));
        Assert.Equal("Ушедшие", plain.GroupA.NameIn(russian: false));

        HypothesisSettings h = Assert.Single(Parse(One, "hypotheses[0].title_en=Income differs", "hypotheses[0].group_a.name_en=Churned").Hypotheses);
        Assert.Equal("Income differs", h.TitleIn(russian: false));
        Assert.Equal(plain.Title, h.TitleIn(russian: true));
        Assert.Equal("Churned", h.GroupA.NameIn(russian: false));
        Assert.Equal("Ушедшие", h.GroupA.NameIn(russian: true));
    }

    [Fact]
    public void Parse_NoHypotheses_IsAnEmptyList() => Assert.Empty(Parse("").Hypotheses);

    [Theory]
    [InlineData("hypotheses[0].test=t_test", "hypotheses[0].test", "welch_t")]
    [InlineData("hypotheses[0].alpha=0.7", "hypotheses[0].alpha", "")]
    [InlineData("hypotheses[0].id=Income-1", "hypotheses[0].id", "underscores")]
    [InlineData("hypotheses[0].group_a.rule=churn = 1", "hypothesis 'income_churned_vs_retained' group_a", "==")]
    [InlineData("hypotheses[0].metric=salary", "hypothesis 'income_churned_vs_retained' metric", "est_salary")]
    public void Parse_Mistake_NamesTheHypothesis(string setting, string where, string hint)
    {
        InputException problem = Fails(One, setting);
        Assert.Contains(where, problem.Message, StringComparison.Ordinal);
        Assert.Contains(hint, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateId_IsRefused()
    {
        string two = One + "\n" + One["hypotheses:\n".Length..];
        InputException problem = Fails(two);
        Assert.Contains("used twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingGroup_IsRefused()
    {
        InputException problem = Fails("hypotheses:\n  - id: x\n    title: t\n    metric: age\n    group_a: { name: a, rule: \"age > 1\" }\n");
        Assert.Contains("group_b", problem.Message, StringComparison.Ordinal);
    }
}
