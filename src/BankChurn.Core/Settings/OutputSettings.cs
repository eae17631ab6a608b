namespace BankChurn.Core.Settings;

/// <summary>Where outputs go: <c>Folder/&lt;period&gt;/</c>.</summary>
public sealed record OutputSettings(string Folder);
