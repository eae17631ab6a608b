namespace BankChurn.IO.Output;

/// <summary>One file a run produces: its name in the period folder and how to write its bytes.</summary>
public sealed record OutputFile(string FileName, Action<Stream> Write);
