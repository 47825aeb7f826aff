using Embargo.Core.Model;

namespace Embargo.Server.Api.Reconcile;

/// <summary>The entity types and properties the reconciliation service offers (FollowTheMoney names, as yente has them).</summary>
internal static class ReconcileTypes
{
    public static readonly (string Id, string Name, EntityKind? Kind)[] Types =
    [
        ("Person", "People", EntityKind.Person),
        ("Organization", "Organizations", EntityKind.Organization),
        ("Company", "Companies", EntityKind.Organization),
        ("LegalEntity", "Legal entities (persons or organizations)", null),
        ("Vessel", "Vessels", EntityKind.Vessel),
        ("Airplane", "Aircraft", EntityKind.Aircraft),
    ];

    public static readonly (string Id, string Name, string Description)[] Properties =
    [
        ("birthDate", "Date of birth", "yyyy, yyyy-MM or yyyy-MM-dd"),
        ("incorporationDate", "Date of incorporation", "yyyy, yyyy-MM or yyyy-MM-dd"),
        ("nationality", "Nationality", "Country code or name"),
        ("country", "Country", "Country code or name"),
        ("jurisdiction", "Jurisdiction", "Country code or name"),
        ("idNumber", "ID number", "Passport, national ID, tax ID, registration number"),
        ("passportNumber", "Passport number", "Passport number"),
        ("registrationNumber", "Registration number", "Company or aircraft registration"),
        ("imoNumber", "IMO number", "Vessel IMO number"),
        ("gender", "Gender", "male or female"),
    ];
}
