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

    private readonly Dictionary<string, Template> _templates;

    private SlideTemplates(Dictionary<string, Template> templates) => _templates = templates;

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
        IHandlebars engine = Engine(Wording.For(language));
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (string kind in SlideKinds.Templated)
        {
            string path = Path.Combine(folder, kind + Extension);
            if (!File.Exists(path))
                throw new InputException(ProblemKind.Usage, new SourceLocation(path),
                    $"the template of the '{kind}' slide is missing.",
                    $"Create {kind}{Extension} (the files in templates/{language}/ of the repository are the defaults).");
            templates[kind] = Template.Compile(engine, path, File.ReadAllText(path));
        }

        return new SlideTemplates(templates) { Folder = folder };
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
        Template.Compile(Engine(Wording.For(language)), path, source).Render(values);

    /// <summary>
    /// One Handlebars environment per language: an unknown variable is an error rather than an empty string, values
    /// are escaped for Markdown (a "*" in a formula must not turn text bold), and the helpers format in the language.
    /// </summary>
    private static IHandlebars Engine(Wording wording)
    {
        IHandlebars engine = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new MarkdownTextEncoder(),
            FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
        });
        TemplateFormats.Register(engine, wording);
        return engine;
    }

    private sealed class Template(string path, string source, HandlebarsTemplate<object, object> render)
    {
        public string Path { get; } = path;

        public static Template Compile(IHandlebars engine, string path, string source)
        {
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
