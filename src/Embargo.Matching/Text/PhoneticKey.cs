namespace Embargo.Matching.Text;

/// <summary>
/// A key that is equal for the usual romanisation variants of one name token. Placeholder: the folded token itself.
/// </summary>
internal static class PhoneticKey
{
    public static string Of(string token) => token;
}
