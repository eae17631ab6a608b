namespace BankChurn.Core;

/// <summary>Where a user-fixable problem is: a file, optionally a 1-based line and column, and the field or key involved.</summary>
public sealed record SourceLocation(string File, int? Line = null, string? Field = null, int? Column = null)
{
    public override string ToString()
    {
        string where = File;
        if (Line is { } line)
            where += Column is { } column ? $":{line}:{column}" : $":{line}";
        return Field is null ? where : $"{where} ({Field})";
    }
}
