using System.Globalization;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;

namespace Embargo.Cli.Output;

/// <summary>A plain-text page about one entity: every fact, labelled, in the order an analyst reads them.</summary>
internal static class EntryRenderer
{
    public static void Write(TextWriter o, ListEntry e, ListSnapshot snapshot)
    {
        o.WriteLine($"{e.Name.Full}");
        o.WriteLine($"  id          {e.Id}{(e.ReferenceNumber is null ? "" : $"  (ref {e.ReferenceNumber})")}");
        o.WriteLine($"  list        {ListSources.Title(e.Source)}{(e.ListName is null ? "" : $" / {e.ListName}")}, version {snapshot.Version}");
        o.WriteLine($"  kind        {e.Kind.ToString().ToLowerInvariant()}");
        Line(o, "programs", e.Programs);
        Line(o, "gender", e.Gender);
        Line(o, "positions", e.Positions);
        Line(o, "listed on", e.ListedOn?.ToString());
        Line(o, "updated on", e.UpdatedOn.Select(d => d.ToString()));
        Section(o, "names", [Describe(e.Name), .. e.Aliases.Select(Describe)]);
        Section(o, "born", e.BirthDates.Select(d => d.Text + (d.Date is null ? "" : $"  [{d.Date}{(d.To is null ? "" : $" to {d.To}")}{(d.Circa ? ", circa" : "")}]")));
        Section(o, "birthplaces", e.BirthPlaces.Select(p => p.Text + Code(p.CountryCode)));
        Section(o, "nationality", e.Nationalities.Select(c => c.Name + Code(c.Code)));
        Section(o, "citizenship", e.Citizenships.Select(c => c.Name + Code(c.Code)));
        Section(o, "addresses", e.Addresses.Select(Describe));
        Section(o, "identifiers", e.Identifiers.Select(Describe));
        if (e.Vessel is { } v) Section(o, "vessel", Fields(("IMO", v.Imo), ("MMSI", v.Mmsi), ("call sign", v.CallSign), ("type", v.VesselType),
            ("tonnage", v.Tonnage), ("GRT", v.GrossRegisteredTonnage), ("flag", v.Flag), ("owner", v.Owner), ("built", v.BuildYear)));
        if (e.Aircraft is { } a) Section(o, "aircraft", Fields(("tail number", a.TailNumber), ("model", a.Model), ("serial", a.SerialNumber),
            ("manufactured", a.ManufactureDate), ("operator", a.Operator), ("mode S", a.ModeSTransponderCode), ("call sign", a.CallSign)));
        Section(o, "measures", e.Measures.Select(m => $"{m.Authority}: {m.Description}{(m.Reference is null ? "" : $" ({m.Reference})")}"));
        Section(o, "relations", e.Relations.Select(r => $"{r.Type}: {r.TargetName}{(r.TargetId is null ? "" : $" ({r.TargetId})")}"));
        Section(o, "other", e.Attributes.Select(a => $"{a.Key}: {a.Value}"));
        if (!string.IsNullOrWhiteSpace(e.Remarks)) Section(o, "remarks", [e.Remarks]);
    }

    private static string Describe(EntryName n)
    {
        var tags = new List<string> { n.Type switch
        {
            NameType.Primary => "primary",
            NameType.FormerName => "formerly known as",
            NameType.NewName => "now known as",
            NameType.OriginalScript => "original script",
            _ => "also known as",
        } };
        if (n.Strength == NameStrength.Weak) tags.Add("weak");
        if (n.Quality is not null) tags.Add("quality " + n.Quality);
        if (n.Script is not null) tags.Add(n.Script);
        if (n.Language is not null) tags.Add(n.Language);
        return $"{n.Full}  ({string.Join(", ", tags)}){(n.Note is null ? "" : " - " + n.Note)}";
    }

    private static string Describe(Address a) =>
        string.Join(", ", new[] { a.Street, a.City, a.Region, a.PostalCode, a.Country }.Where(s => !string.IsNullOrWhiteSpace(s)))
        + Code(a.CountryCode) + (a.Note is null ? "" : " - " + a.Note);

    private static string Describe(IdentityDocument d) =>
        $"{d.Type} {d.Number}{(d.Country is null ? "" : $" ({d.Country})")}"
        + (d.IssueDate is null ? "" : $", issued {d.IssueDate}") + (d.ExpiryDate is null ? "" : $", expires {d.ExpiryDate}")
        + (d.Note is null ? "" : " - " + d.Note);

    private static IEnumerable<string> Fields(params (string Label, string? Value)[] fields) =>
        fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => $"{f.Label}: {f.Value}");

    private static string Code(string? code) => code is null ? "" : $" [{code}]";

    private static void Line(TextWriter o, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-11} {value}"));
    }

    private static void Line(TextWriter o, string label, IEnumerable<string> values) => Line(o, label, string.Join("; ", values));

    private static void Section(TextWriter o, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        o.WriteLine($"  {title}:");
        foreach (var line in list) o.WriteLine("    " + line);
    }
}
