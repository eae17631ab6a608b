using System.Text;
using HandlebarsDotNet;

namespace BankChurn.IO.Narrative;

/// <summary>Writes values unchanged: the console templates are plain text, where a path's "_" or a rule's "*" must stay as typed.</summary>
internal sealed class PlainTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Write(text);
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        ArgumentNullException.ThrowIfNull(target);
        if (text is null)
            return;
        while (text.MoveNext())
            target.Write(text.Current);
    }

    public void Encode(string? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Write(text);
    }
}
