using BankChurn.Core;
using BankChurn.IO.Narrative;
using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Narrative;

/// <summary>Template mistakes are usage errors naming the template file and line, found by validate before anything is written.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bankchurn-templates-" + Guid.NewGuid().ToString("N"));

    public TemplateErrorTests()
    {
        foreach (string language in new[] { "ru", "en" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, language));
            foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Templates, language), "*.hbs"))
                File.Copy(file, Path.Combine(_folder, language, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Template(string kind) => Path.Combine(_folder, "ru", kind + ".hbs");

    [Fact]
    public void SyntaxError_NamesFileAndLine()
    {
        File.WriteAllText(Template("value"), "# Ценность\n\n{{#if overall.nobody_left}}\n- никто\n");

        var problem = Assert.Throws<InputException>(() => SlideTemplates.Load(_folder, "ru"));

        Assert.Equal(ProblemKind.Usage, problem.Kind);
        Assert.Equal(new SourceLocation(Template("value"), 3), problem.Location);
        Assert.Contains("template syntax error", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockWithoutArgument_NamesFileAndLine()
    {
        // Handlebars.Net's parser fails on this with a bare InvalidOperationException; it must still read as a template error.
        File.WriteAllText(Template("value"), "# Ценность\n\n{{#if}}\n- никто\n{{/if}}\n");

        var problem = Assert.Throws<InputException>(() => SlideTemplates.Load(_folder, "ru"));

        Assert.Equal(new SourceLocation(Template("value"), 3), problem.Location);
        Assert.Contains("'{{#if}}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HelperWithoutArguments_IsAUsageErrorAtValidate()
    {
        File.AppendAllText(Template("summary"), "\n{{plural}}\n");

        CliRun run = CliRun.Of("validate", "--config", RepoPaths.Config, "--set", $"report.templates={_folder}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("summary.hbs", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedExpression_NamesFileAndLine()
    {
        File.WriteAllText(Template("summary"), "# Итоги\n\n- отток {{overall.rate_text\n");

        var problem = Assert.Throws<InputException>(() => SlideTemplates.Load(_folder, "ru"));

        Assert.Equal(new SourceLocation(Template("summary"), 3), problem.Location);
    }

    [Fact]
    public void MustacheClosedWithOneBrace_NamesItsOwnLine_NotWhereTheLexerStops()
    {
        File.WriteAllText(Template("categorical_drivers"), "{{#if top}\n# Чаще всего уходят {{top.who}}\n{{else}}\n# Доля оттока\n{{/if}}\n");

        var problem = Assert.Throws<InputException>(() => SlideTemplates.Load(_folder, "ru"));

        Assert.Equal(new SourceLocation(Template("categorical_drivers"), 1), problem.Location);
    }

    [Fact]
    public void StrayClosingBlock_NamesItsLine()
    {
        File.WriteAllText(Template("phik"), "# φK\n{{#if overall.nobody_left}}x{{/if}}\n\n{{/each}}\n");

        var problem = Assert.Throws<InputException>(() => SlideTemplates.Load(_folder, "ru"));

        Assert.Equal(new SourceLocation(Template("phik"), 4), problem.Location);
    }

    [Fact]
    public void MissingVariable_NamesFileLineAndVariable_AtValidate()
    {
        File.WriteAllText(Template("value"), "# Ценность базы\n\n- потеряно {{value.lost_text}}\n- под риском {{value.at_riskk_text}}\n");

        CliRun run = CliRun.Of("validate", "--config", RepoPaths.Config, "--set", "report.templates=" + _folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{Template("value")}:4: 'value.at_riskk_text' is not a variable or helper of this template.", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownHelper_NamesFileAndLine()
    {
        File.WriteAllText(Template("title"), "# Отчёт\n## {{percentt overall.rate}}\n");
        SlideTemplates templates = SlideTemplates.Load(_folder, "ru");

        var problem = Assert.Throws<InputException>(() => TemplatedDeckWith(templates));

        Assert.Equal(new SourceLocation(Template("title"), 2), problem.Location);
    }

    [Fact]
    public void MissingTemplateFile_NamesThePath()
    {
        File.Delete(Template("methodology"));

        var problem = Assert.Throws<InputException>(() => SlideTemplates.Load(_folder, "ru"));

        Assert.Equal(new SourceLocation(Template("methodology")), problem.Location);
        Assert.Contains("the template of the 'methodology' slide is missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingLanguageFolder_NamesThePath()
    {
        Directory.Delete(Path.Combine(_folder, "en"), recursive: true);

        CliRun run = CliRun.Of("validate", "--config", RepoPaths.Config, "--set", "report.templates=" + _folder, "--set", "report.language=en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Path.Combine(_folder, "en"), run.Errors, StringComparison.Ordinal);
    }

    private static void TemplatedDeckWith(SlideTemplates templates)
    {
        var settings = TemplatedDeck.Settings("ru");
        var loaded = IO.Csv.ClientsCsv.Read(settings.Input);
        var findings = Core.Analysis.ChurnAnalysis.Run(loaded, settings);
        Core.Report.ReportComposer.Compose(findings, settings, new Core.Report.RunInfo("c.csv", "00", "2026-11", DateTimeOffset.UnixEpoch, "1", ""), templates);
    }
}
