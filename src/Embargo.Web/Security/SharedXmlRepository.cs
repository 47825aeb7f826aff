using System.Xml.Linq;
using Embargo.Hosting.Access;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Embargo.Web.Security;

/// <summary>ASP.NET Core data protection's key repository on the shared store, so every node reads every node's cookies.</summary>
internal sealed class SharedXmlRepository(SharedKeyRing ring) : IXmlRepository
{
    // The framework's interface is synchronous; it is called when the key ring is loaded or a key is made (rarely).
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. ring.ReadAsync(CancellationToken.None).GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        ring.AddAsync(element.ToString(SaveOptions.DisableFormatting), CancellationToken.None).GetAwaiter().GetResult();
}
