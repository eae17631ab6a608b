using Xunit.Abstractions;
using Xunit.Sdk;

namespace BankChurn.IO.Tests.Postgres;

/// <summary>A test case whose failure by <see cref="SkipTestException"/> is reported to the runner as a skip with its reason.</summary>
public sealed class SkippableFactTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippableFactTestCase()
    {
    }

    public SkippableFactTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnostics, display, displayOptions, testMethod)
    {
    }

    public override async Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    {
        using var skipping = new SkippingMessageBus(messageBus);
        RunSummary summary = await base.RunAsync(diagnosticMessageSink, skipping, constructorArguments, aggregator, cancellationTokenSource);
        summary.Failed -= skipping.Skipped;
        summary.Skipped += skipping.Skipped;
        return summary;
    }

    /// <summary>Passes every message on, except that a failure by <see cref="SkipTestException"/> becomes a skip.</summary>
    private sealed class SkippingMessageBus(IMessageBus inner) : IMessageBus
    {
        public int Skipped { get; private set; }

        public bool QueueMessage(IMessageSinkMessage message)
        {
            if (message is ITestFailed failed && failed.ExceptionTypes.FirstOrDefault() == typeof(SkipTestException).FullName)
            {
                Skipped++;
                return inner.QueueMessage(new TestSkipped(failed.Test, failed.Messages.FirstOrDefault() ?? "skipped"));
            }
            return inner.QueueMessage(message);
        }

        // The inner bus belongs to the runner, which disposes it.
        public void Dispose()
        {
        }
    }
}
