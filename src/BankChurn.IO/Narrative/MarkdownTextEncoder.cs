using System.Text;
using HandlebarsDotNet;

namespace BankChurn.IO.Narrative;

/// <summary>
/// Escapes values written by <c>{{name}}</c> so that Markdown reads them as plain text: a formula's "*", a rule's "&lt;"
/// or a leading "-" stay characters instead of starting bold text, HTML or a list. <c>{{{name}}}</c> writes markup verbatim.
/// </summary>
internal sealed class MarkdownTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        if (text is null)
            return;
        var buffer = new StringBuilder();
        while (text.MoveNext())
            buffer.Append(text.Current);
        Encode(buffer.ToString(), target);
    }

    public void Encode(string? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (string.IsNullOrEmpty(text))
            return;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // Inline markup anywhere; list and heading markers only where a block could start.
            bool special = c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '~' or '|'
                || (i == 0 && c is '-' or '+' or '=');
            if (special)
                target.Write('\\');
            target.Write(c);
        }
    }
}
