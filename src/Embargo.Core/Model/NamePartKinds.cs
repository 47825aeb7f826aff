namespace Embargo.Core.Model;

/// <summary>Labels for <see cref="NamePart.Kind"/>.</summary>
public static class NamePartKinds
{
    public const string First = "first";
    public const string Middle = "middle";
    public const string Last = "last";
    public const string Patronymic = "patronymic";
    public const string Title = "title";

    // The UN publishes FIRST_NAME..FOURTH_NAME without saying which is the family name.
    public const string Second = "second";
    public const string Third = "third";
    public const string Fourth = "fourth";

    /// <summary>UK lists number the parts "Name 1".."Name 6", where Name 6 is the family name.</summary>
    public static string Numbered(int n) => "name" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
