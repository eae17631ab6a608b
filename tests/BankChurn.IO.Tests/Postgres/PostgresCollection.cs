namespace BankChurn.IO.Tests.Postgres;

/// <summary>
/// The test classes that use the database server. The collection's fixture stops the server when the last of them is
/// done, while the test host is still running: at process exit the runner may kill the host before a handler finishes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCollection.Lease>
{
    public const string Name = "PostgreSQL server";

    /// <summary>Stops the shared server (if a test started it) when the collection is done.</summary>
    public sealed class Lease : IDisposable
    {
        public void Dispose() => PostgresServer.StopShared();
    }
}
