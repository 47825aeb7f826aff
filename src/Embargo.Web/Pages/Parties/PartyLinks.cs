namespace Embargo.Web.Pages.Parties;

/// <summary>
/// The address of a party's page. Client ids may hold slashes (<c>ACME/2024/001</c>): each part is escaped and the
/// slashes kept, and the page takes the rest of the path as the id.
/// </summary>
public static class PartyLinks
{
    public static string Href(string partyId) =>
        "/ui/parties/" + string.Join('/', partyId.Split('/').Select(Uri.EscapeDataString));
}
