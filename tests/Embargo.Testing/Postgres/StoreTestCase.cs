using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Embargo.Testing.Postgres;

/// <summary>A contract test case whose skip reason depends on the store its class runs against.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, options, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
    {
        var type = TestMethod.TestClass.Class.ToRuntimeType();
        if (type is not null && typeof(INeedsPostgres).IsAssignableFrom(type) && !PostgresServer.IsAvailable && !SharedData.IsCi)
            return PostgresServer.SkipReason;
        return base.GetSkipReason(factAttribute);
    }
}
