namespace BankChurn.Core.Clients;

/// <summary>How the client table file was read, whether detected or set in the config; reported in the data quality block.</summary>
/// <param name="Encoding">"utf-8", "windows-1251" or "utf-16".</param>
/// <param name="ByteOrderMark">Whether the file starts with a byte order mark.</param>
/// <param name="LineBreak">"CRLF" or "LF": the first line break of the file.</param>
public sealed record DetectedFormat(string Encoding, char Separator, char DecimalMark, bool ByteOrderMark = false, string LineBreak = "LF");
