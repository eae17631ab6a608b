using BankChurn.Core.Clients;

namespace BankChurn.IO.Csv;

/// <summary>A canonical column and the field of the source file it is read from.</summary>
internal readonly record struct BoundColumn(CanonicalColumn Column, int FieldIndex, string SourceHeader);
