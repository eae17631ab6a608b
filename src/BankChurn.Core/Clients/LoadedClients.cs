using System.Collections.Immutable;

namespace BankChurn.Core.Clients;

/// <summary>The valid rows of the client file, how many data rows it had, the rows rejected, and the format that was detected.</summary>
public sealed record LoadedClients(ClientTable Table, int RowsRead, ImmutableArray<RejectedRow> Rejected, DetectedFormat Format);
