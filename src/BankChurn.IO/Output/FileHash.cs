using System.Security.Cryptography;

namespace BankChurn.IO.Output;

/// <summary>The SHA-256 of an input file, recorded in the outputs so that a report can be traced to its data.</summary>
public static class FileHash
{
    public static string Sha256(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
