namespace Embargo.Web.Tests;

/// <summary>Browser tests share one server and one chromium, and run one at a time (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
