using System.Runtime.CompilerServices;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>A fact about Unix files (/dev/zero, permissions): reported as skipped on Windows, where they do not exist.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (OperatingSystem.IsWindows())
            Skip = "Unix devices and permissions only.";
    }
}
