using Xunit.Sdk;

namespace BankChurn.IO.Tests.Postgres;

/// <summary>
/// A fact that may find out while running that it cannot run (xunit v2 has no Assert.Skip): a
/// <see cref="SkipTestException"/> makes it count as skipped, with its reason in the summary.
/// </summary>
[XunitTestCaseDiscoverer("BankChurn.IO.Tests.Postgres.SkippableFactDiscoverer", "BankChurn.IO.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class SkippableFactAttribute : FactAttribute;
