using BankChurn.Core;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

/// <summary>The <c>analysis:</c> and <c>value:</c> sections: defaults, kept values and mistakes with their locations.</summary>
public class ConfigFileAnalysisTests
{
    [Fact]
    public void Parse_EmptyFile_UsesTheDefaultAnalysisAndValue()
    {
        ReportSettings settings = Parse("");

        Assert.Equal<string>(["city", "gender", "products", "equity", "credit_card", "last_activity"], settings.Analysis.Categorical);
        Assert.Equal<string>(["score", "age", "balance", "est_salary"], settings.Analysis.Continuous);
        Assert.Equal(10, settings.Analysis.QuantileBins);
        Assert.Equal(30, settings.Analysis.HistogramBins);
        Assert.Equal(KdeBandwidthRule.Scott, settings.Analysis.KdeBandwidth);
        Assert.Equal(0.05, settings.Analysis.ProneAlpha);
        Assert.Equal(ValueSettings.DefaultFormula, settings.Value.Formula.Text);
        Assert.Equal(ValueSettings.DefaultDescription, settings.Value.Description);
    }

    [Fact]
    public void Read_RepositoryConfig_SpellsOutTheDefaults()
    {
        ReportSettings settings = ConfigFile.Read(RepoPaths.Config, [], Now);

        Assert.Equal<string>(AnalysisSettings.Default.Categorical, settings.Analysis.Categorical);
        Assert.Equal<string>(AnalysisSettings.Default.Continuous, settings.Analysis.Continuous);
        Assert.Equal(AnalysisSettings.Default with { Categorical = settings.Analysis.Categorical, Continuous = settings.Analysis.Continuous }, settings.Analysis);
        Assert.Equal(ValueSettings.DefaultFormula, settings.Value.Formula.Text);
        Assert.Equal(ValueSettings.DefaultDescription, settings.Value.Description);
    }

    [Fact]
    public void Parse_EveryAnalysisValueWritten_IsKept()
    {
        ReportSettings settings = Parse("""
            analysis:
              categorical: [gender, products]
              continuous: [age]
              quantile_bins: 5
              histogram_bins: 12
              kde_bandwidth: Silverman
              prone_alpha: 0.01
            value:
              formula: "products * 1000"
              description: "Тысяча за продукт"
            """);

        Assert.Equal<string>(["gender", "products"], settings.Analysis.Categorical);
        Assert.Equal<string>(["age"], settings.Analysis.Continuous);
        Assert.Equal(5, settings.Analysis.QuantileBins);
        Assert.Equal(12, settings.Analysis.HistogramBins);
        Assert.Equal(KdeBandwidthRule.Silverman, settings.Analysis.KdeBandwidth);
        Assert.Equal(0.01, settings.Analysis.ProneAlpha);
        Assert.Equal("products * 1000", settings.Value.Formula.Text);
        Assert.Equal<string>(["products"], settings.Value.Formula.Columns);
        Assert.Equal("Тысяча за продукт", settings.Value.Description);
        Assert.Equal("Тысяча за продукт", settings.Value.DescriptionFor("en"));
    }

    [Fact]
    public void Parse_OverrideOnCommandLine_ReplacesTheList()
    {
        ReportSettings settings = Parse("", "analysis.continuous=[balance]", "analysis.quantile_bins=20");

        Assert.Equal<string>(["balance"], settings.Analysis.Continuous);
        Assert.Equal(20, settings.Analysis.QuantileBins);
    }

    [Theory]
    [InlineData("categorical: [city, town]", "analysis.categorical[1]", "'town' is not a canonical column. Use one of: city, gender, equity, products, credit_card, last_activity.")]
    [InlineData("categorical: [city, churn]", "analysis.categorical[1]", "'churn' cannot be analysed here.")]
    [InlineData("categorical: [city, age]", "analysis.categorical[1]", "'age' cannot be analysed here.")]
    [InlineData("categorical: [city, city]", "analysis.categorical[1]", "'city' is listed twice.")]
    [InlineData("continuous: [score, gender]", "analysis.continuous[1]", "'gender' cannot be analysed here. Write a numeric column")]
    [InlineData("quantile_bins: 1", "analysis.quantile_bins", "1 is out of range. Write a whole number from 2 to 50, e.g. 10.")]
    [InlineData("quantile_bins: 51", "analysis.quantile_bins", "51 is out of range.")]
    [InlineData("quantile_bins: ten", "analysis.quantile_bins", "'ten' is not a whole number.")]
    [InlineData("histogram_bins: 0", "analysis.histogram_bins", "0 is out of range. Write a whole number from 2 to 200")]
    [InlineData("kde_bandwidth: wide", "analysis.kde_bandwidth", "'wide' is not allowed here. Use scott or silverman.")]
    [InlineData("prone_alpha: 0", "analysis.prone_alpha", "0 is out of range. Write a number above 0 and below 0.5")]
    [InlineData("prone_alpha: 0.5", "analysis.prone_alpha", "0.5 is out of range.")]
    [InlineData("prone_alpha: \"0,05\"", "analysis.prone_alpha", "'0,05' is not a number. Write a number above 0 and below 0.5 with a decimal point")]
    public void Parse_BadAnalysisValue_NamesKeyAndWhatIsAllowed(string line, string field, string expected)
    {
        InputException problem = Fails($"analysis:\n  {line}\n");

        Assert.Equal(field, problem.Location.Field);
        Assert.Equal(2, problem.Location.Line);
        Assert.Contains($"({field}): {expected}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadFormula_NamesTheValueFormulaAndItsLine()
    {
        InputException problem = Fails("seed: 1\nvalue:\n  formula: \"balance * \"\n");

        Assert.Equal(ProblemKind.Usage, problem.Kind);
        Assert.Equal("value.formula", problem.Location.Field);
        Assert.Equal(3, problem.Location.Line);
        Assert.Contains("value formula", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FormulaWithUnknownColumn_IsRefused()
    {
        InputException problem = Fails("value:\n  formula: \"salary * 0.1\"\n");

        Assert.Equal("value.formula", problem.Location.Field);
        Assert.Contains("salary", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DescriptionFor_English_TranslatesOnlyTheDefault()
    {
        Assert.Equal(ValueSettings.DefaultDescriptionEnglish, ValueSettings.Default.DescriptionFor("en"));
        Assert.Equal(ValueSettings.DefaultDescription, ValueSettings.Default.DescriptionFor("ru"));
    }
}
