namespace BankChurn.IO.Tests.Postgres;

/// <summary>
/// Thrown by a test that cannot run here (no PostgreSQL); a <see cref="SkippableFactAttribute"/> test reports it as
/// skipped with this message, never as passed. xunit v3 has this built in: there it becomes <c>Assert.Skip(reason)</c>.
/// </summary>
public sealed class SkipTestException(string reason) : Exception(reason);
