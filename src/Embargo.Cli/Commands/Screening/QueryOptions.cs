using System.CommandLine;
using Embargo.Core.Countries;
using Embargo.Core.Model;
using Embargo.Hosting.Parties;

namespace Embargo.Cli.Commands.Screening;

/// <summary>The options that describe a party (kind, date of birth, country, identifier), shared by screening commands.</summary>
internal sealed class QueryOptions
{
    public Option<string?> Type { get; } = new("--type") { Description = "person, organization, vessel or aircraft." };
    public Option<string?> Dob { get; } = new("--dob") { Description = "Date of birth or incorporation: yyyy, yyyy-MM or yyyy-MM-dd." };
    public Option<string?> Country { get; } = new("--country") { Description = "Country of nationality, residence or registration (ISO code or name)." };
    public Option<string?> Id { get; } = new("--id") { Description = "An identifier: passport, national ID, tax ID, IMO, BIC…" };

    public void AddTo(Command command)
    {
        command.Options.Add(Type);
        command.Options.Add(Dob);
        command.Options.Add(Country);
        command.Options.Add(Id);
    }

    /// <summary>The party options given on the command line (which a batch run takes from each record instead).</summary>
    public IEnumerable<string> GivenOptions(ParseResult parseResult)
    {
        if (parseResult.GetValue(Type) is not null) yield return "--type";
        if (parseResult.GetValue(Dob) is not null) yield return "--dob";
        if (parseResult.GetValue(Country) is not null) yield return "--country";
        if (parseResult.GetValue(Id) is not null) yield return "--id";
    }

    public static EntityKind? ParseKind(string? text) =>
        PartyFields.TryParseKind(text, out var kind) ? kind : throw new CliUsageException($"--type '{text}' is not one of {PartyFields.KindChoices}");

    public Matching.MatchQuery ToQuery(ParseResult parseResult, string name)
    {
        var dob = parseResult.GetValue(Dob);
        PartialDate? birthDate = null;
        if (!string.IsNullOrWhiteSpace(dob))
        {
            birthDate = PartyFields.TryParseDate(dob, out var parsed)
                ? parsed
                : throw new CliUsageException($"--dob '{dob}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd");
        }
        var countryText = parseResult.GetValue(Country);
        string? country = null;
        if (!string.IsNullOrWhiteSpace(countryText))
            country = CountryCodes.Resolve(countryText) ?? throw new CliUsageException($"--country '{countryText}' is not a country Embargo knows");
        return new Matching.MatchQuery
        {
            Name = name,
            Kind = ParseKind(parseResult.GetValue(Type)),
            BirthDate = birthDate,
            Country = country,
            IdNumber = parseResult.GetValue(Id),
        };
    }
}
