using Xunit.Abstractions;
using Xunit.Sdk;

namespace BankChurn.IO.Tests.Postgres;

/// <summary>Makes each <see cref="SkippableFactAttribute"/> method a <see cref="SkippableFactTestCase"/>.</summary>
public sealed class SkippableFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        yield return new SkippableFactTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}
