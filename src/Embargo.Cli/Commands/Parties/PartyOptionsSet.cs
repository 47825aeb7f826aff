using System.CommandLine;
using Embargo.Hosting.Parties;

namespace Embargo.Cli.Commands.Parties;

/// <summary>The options that describe a monitored party, shared by <c>parties add</c> and <c>parties update</c>.</summary>
internal sealed class PartyOptionsSet
{
    public Option<string?> Name { get; } = new("--name") { Description = "The party's name." };
    public Option<string?> Type { get; } = new("--type") { Description = "person, organization, vessel or aircraft." };
    public Option<string[]> Alias { get; } = new("--alias") { Description = "Another name the party goes by (repeatable; on update, replaces the aliases; --alias '' clears them)." };
    public Option<string?> Dob { get; } = new("--dob") { Description = "Date of birth or incorporation: yyyy, yyyy-MM or yyyy-MM-dd." };
    public Option<string?> Country { get; } = new("--country") { Description = "Country of nationality, residence or registration (ISO code or name)." };
    public Option<string?> IdNumber { get; } = new("--id-number") { Description = "An identifier: passport, national ID, tax ID, IMO, BIC…" };
    public Option<string?> Gender { get; } = new("--gender") { Description = "male or female." };
    public Option<string?> Address { get; } = new("--address") { Description = "Kept for the reviewer; not screened." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Name, Type, Alias, Dob, Country, IdNumber, Gender, Address }) command.Options.Add(option);
    }

    /// <summary>The fields given on the command line; those not given stay as stored (an empty value clears one).</summary>
    public PartyInput ToInput(ParseResult parseResult) => new()
    {
        Name = parseResult.GetValue(Name),
        Kind = parseResult.GetValue(Type),
        Aliases = parseResult.GetValue(Alias) is { Length: > 0 } aliases ? aliases : null,
        BirthDate = parseResult.GetValue(Dob),
        Country = parseResult.GetValue(Country),
        IdNumber = parseResult.GetValue(IdNumber),
        Gender = parseResult.GetValue(Gender),
        Address = parseResult.GetValue(Address),
    };
}
