using Embargo.Hosting.Parties;

namespace Embargo.Web.Pages.Parties;

/// <summary>The add-a-party form's fields as typed; <see cref="PartyInput"/> checks them as the API does.</summary>
public sealed class PartyForm
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    /// <summary>Other names, one per line.</summary>
    public string? Aliases { get; set; }
    public string? Kind { get; set; }
    public string? BirthDate { get; set; }
    public string? Country { get; set; }
    public string? IdNumber { get; set; }
    public string? Gender { get; set; }
    public string? Address { get; set; }

    public PartyInput ToInput() => new()
    {
        Name = Name ?? "",
        Kind = Kind ?? "",
        Aliases = (Aliases ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        BirthDate = BirthDate ?? "",
        Country = Country ?? "",
        IdNumber = IdNumber ?? "",
        Gender = Gender ?? "",
        Address = Address ?? "",
    };
}
