using BankChurn.Core;
using BankChurn.Core.Report;
using BankChurn.Core.Report.Narrative;
using HandlebarsDotNet;

namespace BankChurn.IO.Narrative;

/// <summary>
/// The slide templates of one language (<c>templates/&lt;language&gt;/&lt;kind&gt;.hbs</c>), compiled up front: the one place
/// that knows the template engine. A template renders light Markdown (see <see cref="NarrativeMarkdown"/>): the
/// "# " line is the slide's title, an optional "## " line its subtitle, the rest its narrative.
/// </summary>
public sealed class SlideTemplates : ISlideNarrator
{
    public const string Extension = ".hbs";

    /// <summary>The template of the summary printed after a successful <c>generate</c> (plain text, not a slide).</summary>
    public const string RunSummaryName = "run_summary";

    /// <summary>The template of the line printed after a successful <c>validate</c>.</summary>
    public const string ValidateSummaryName = "validate_summary";

    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, Template> _console;

    private SlideTemplates(Dictionary<string, Template> templates, Dictionary<string, Template> console)
    {
        _templates = templates;
        _console = console;
    }

    /// <summary>The folder the templates were read from (the language's subfolder).</summary>
    public string Folder { get; private init; } = "";

    /// <summary>
    /// Reads and compiles the template of every kind in <see cref="SlideKinds.Templated"/> from
    /// <paramref name="root"/>/<paramref name="language"/>. A missing folder or file, or a syntax error, is an
    /// <see cref="InputException"/> naming the file (and the line, for syntax errors).
    /// </summary>
    public static SlideTemplates Load(string root, string language)
    {
        ArgumentNullException.ThrowIfNull(root);
        string folder = Path.Combine(root, language);
        if (!Directory.Exists(folder))
            throw new InputException(ProblemKind.Usage, new SourceLocation(folder),
                "the templates folder for the report's language does not exist.",
                $"Point report.templates at the folder holding {language}/ (the repository's templates/), or copy it there.");
        Wording wording = Wording.For(language);
        IHandlebars engine = Engine(wording, new MarkdownTextEncoder());
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (string kind in SlideKinds.Templated)
            templates[kind] = Template.Compile(engine, Existing(folder, kind, language, $"the template of the '{kind}' slide is missing."), null);

        // The console's words live beside the slides' so that a Russian report also talks to its user in Russian; they are
        // plain text, so values are written as they are rather than escaped for Markdown.
        IHandlebars plain = Engine(wording, new PlainTextEncoder());
        var console = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (string name in (string[])[RunSummaryName, ValidateSummaryName])
            console[name] = Template.Compile(plain, Existing(folder, name, language, $"the template of the '{name}' console message is missing."), null);

        return new SlideTemplates(templates, console) { Folder = folder };
    }

    private static string Existing(string folder, string name, string language, string problem)
    {
        string path = Path.Combine(folder, name + Extension);
        if (!File.Exists(path))
            throw new InputException(ProblemKind.Usage, new SourceLocation(path), problem,
                $"Create {name}{Extension} (the files in templates/{language}/ of the repository are the defaults).");
        return path;
    }

    /// <summary>
    /// Renders the console message <paramref name="name"/> (<see cref="RunSummaryName"/> or <see cref="ValidateSummaryName"/>)
    /// against <paramref name="values"/>: plain text, one line per non-blank line of the template's output.
    /// </summary>
    public string ConsoleText(string name, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!_console.TryGetValue(name, out Template? template))
            throw new ArgumentOutOfRangeException(nameof(name), name, "No console template of this name.");
        IEnumerable<string> lines = template.Render(values).Split('\n').Select(l => l.TrimEnd('\r', ' ')).Where(l => l.Length > 0);
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Renders the template of <paramref name="kind"/> against <paramref name="model"/> and parses its markup.</summary>
    public SlideText Narrate(string kind, ViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!_templates.TryGetValue(kind, out Template? template))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "No template is loaded for this slide kind.");
        return NarrativeMarkdown.Parse(template.Render(model.Values), template.Path);
    }

    /// <summary>Renders one template's source with the language's helpers, as a slide would (for tests of helpers and errors).</summary>
    internal static string Render(string source, IReadOnlyDictionary<string, object?> values, string language, string path = "inline.hbs") =>
        Template.Compile(Engine(Wording.For(language), new MarkdownTextEncoder()), path, source).Render(values);

    /// <summary>
    /// One Handlebars environment per language: an unknown variable is an error rather than an empty string, values
    /// are escaped for Markdown (a "*" in a formula must not turn text bold), and the helpers format in the language.
    /// </summary>
    private static IHandlebars Engine(Wording wording, ITextEncoder encoder)
    {
        IHandlebars engine = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = encoder,
            FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
        });
        TemplateFormats.Register(engine, wording);
        return engine;
    }

    private sealed class Template(string path, string source, HandlebarsTemplate<object, object> render)
    {
        public string Path { get; } = path;

        /// <param name="source">The template's text, or null to read it from <paramref name="path"/>.</param>
        public static Template Compile(IHandlebars engine, string path, string? source)
        {
            source ??= File.ReadAllText(path);
            try
            {
                return new Template(path, source, engine.Compile(source));
            }
            catch (HandlebarsException problem)
            {
                throw TemplateErrors.Syntax(path, source, problem);
            }
            catch (Exception problem) when (problem is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
            {
                // Handlebars.Net's parser fails on some malformed blocks ("{{#if}}" without an argument) with a bare
                // exception rather than a HandlebarsException; the template is still the user's mistake.
                throw TemplateErrors.Syntax(path, source, problem);
            }
        }

        public string Render(IReadOnlyDictionary<string, object?> values)
        {
            try
            {
                return render(values);
            }
            catch (HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException problem)
            {
                throw TemplateErrors.Rendering(Path, source, problem);
            }
            catch (HandlebarsException problem)
            {
                throw TemplateErrors.Rendering(Path, source, problem);
            }
            catch (Exception problem) when (problem is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or FormatException or InvalidCastException)
            {
                // A helper called with the wrong arguments ("{{plural}}" with none) surfaces as a plain exception.
                throw TemplateErrors.Rendering(Path, source, problem);
            }
        }
    }
}
