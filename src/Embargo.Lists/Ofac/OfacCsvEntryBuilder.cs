using Embargo.Core.Countries;
using Embargo.Core.Model;
using Embargo.Lists.Csv;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>Builds one <see cref="ListEntry"/> from a main-file row, its side rows and its remarks.</summary>
internal sealed class OfacCsvEntryBuilder(
    OfacCsvLayout layout, OfacCsvSideTables side, OfacCsvNameIndex names, ParseContext context)
{
    public ListEntry Build(CsvRecord row, int entNum)
    {
        var sourceId = entNum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = OfacCsvFields.Value(row[OfacCsvColumns.Name]);
        if (name is null)
        {
            context.Report(layout.MainFile, row.Line, null, $"entry {entNum}: no name; the entry is kept under its number");
            name = sourceId;
        }

        var kind = OfacEntityKinds.FromType(row[OfacCsvColumns.Type]);
        if (kind is null)
        {
            context.Report(layout.MainFile, row.Line, null, $"entry {entNum}: unknown type '{row[OfacCsvColumns.Type].Trim()}'");
        }
        var isPerson = kind == EntityKind.Person;

        var remarksText = FullRemarks(row[OfacCsvColumns.Remarks], side.CommentOf(entNum));
        var remarks = OfacRemarksParser.Parse(remarksText);
        foreach (var problem in remarks.Problems)
        {
            context.Report(layout.MainFile, row.Line, null, $"entry {entNum}: {problem}");
        }

        var programs = OfacCsvNames.Programs(row[OfacCsvColumns.Programs]);
        var (vessel, aircraft) = Craft(row, kind, remarks);
        return new ListEntry
        {
            Id = ListSources.EntityId(layout.Source, sourceId),
            Source = layout.Source,
            SourceId = sourceId,
            Kind = kind ?? EntityKind.Unknown,
            Name = new EntryName { Full = name, Type = NameType.Primary, Parts = isPerson ? OfacCsvNames.PersonParts(name) : [] },
            Aliases = Aliases(entNum, isPerson, remarks),
            Programs = programs,
            ListName = layout.InfersListName ? OfacListNames.InferConsolidated(programs) : null,
            Gender = remarks.Gender,
            Positions = Positions(row, remarks),
            BirthDates = remarks.BirthDates,
            BirthPlaces = remarks.BirthPlaces,
            Nationalities = remarks.Nationalities,
            Citizenships = remarks.Citizenships,
            Addresses = side.AddressesOf(entNum),
            Identifiers = remarks.Identifiers,
            Vessel = vessel,
            Aircraft = aircraft,
            Relations = remarks.Relations.ConvertAll(Resolve),
            Measures = remarks.Measures,
            Attributes = remarks.Attributes,
            Remarks = remarksText,
        };
    }

    private static string? FullRemarks(string field, string? continuation)
    {
        var main = OfacCsvFields.IsEmpty(field) ? "" : field;
        var joined = continuation is null ? main : OfacRemarksContinuation.Join(main, continuation);
        joined = OfacRemarksContinuation.FoldLines(joined).Trim();
        return joined.Length == 0 ? null : joined;
    }

    private List<EntryName> Aliases(int entNum, bool isPerson, OfacRemarks remarks)
    {
        var rows = side.AliasesOf(entNum);
        var aliases = new List<EntryName>(rows.Count + remarks.Aliases.Count);
        foreach (var row in rows)
        {
            var type = AliasType(row.AltType);
            if (type is null)
            {
                context.Report(layout.AliasFile, row.Line, null, $"entry {entNum}: unknown alias type '{row.AltType}', read as aka");
            }
            aliases.Add(new EntryName
            {
                Full = row.Name,
                Type = type ?? NameType.Alias,
                Strength = NameStrength.Strong,
                Parts = isPerson ? OfacCsvNames.PersonParts(row.Name) : [],
                Note = row.Remarks,
                SourceRef = row.AltNum,
            });
        }
        foreach (var alias in remarks.Aliases)
        {
            aliases.Add(isPerson ? alias with { Parts = OfacCsvNames.PersonParts(alias.Full) } : alias);
        }
        return aliases;
    }

    private static NameType? AliasType(string? altType) => altType?.ToLowerInvariant() switch
    {
        "aka" => NameType.Alias,
        "fka" => NameType.FormerName,
        "nka" => NameType.NewName,
        _ => null,
    };

    private static List<string> Positions(CsvRecord row, OfacRemarks remarks)
    {
        var title = OfacCsvFields.Value(row[OfacCsvColumns.Title]);
        if (title is null) return remarks.Positions;
        var positions = new List<string>(1 + remarks.Positions.Count) { title };
        positions.AddRange(remarks.Positions);
        return positions;
    }

    // The vessel columns, completed by the vessel facts in remarks; an aircraft's call sign is the aircraft's.
    private static (VesselDetails?, AircraftDetails?) Craft(CsvRecord row, EntityKind? kind, OfacRemarks remarks)
    {
        var callSign = OfacCsvFields.Value(row[OfacCsvColumns.CallSign]);
        var aircraft = remarks.Aircraft;
        if (kind == EntityKind.Aircraft && callSign is not null)
        {
            aircraft = (aircraft ?? new AircraftDetails()) with { CallSign = callSign };
            callSign = null;
        }

        var flag = OfacCsvFields.Value(row[OfacCsvColumns.VesselFlag]);
        var columns = new VesselDetails
        {
            CallSign = callSign,
            VesselType = OfacCsvFields.Value(row[OfacCsvColumns.VesselType]),
            Tonnage = OfacCsvFields.Value(row[OfacCsvColumns.Tonnage]),
            GrossRegisteredTonnage = OfacCsvFields.Value(row[OfacCsvColumns.GrossRegisteredTonnage]),
            Flag = flag,
            FlagCode = CountryCodes.Resolve(flag),
            Owner = OfacCsvFields.Value(row[OfacCsvColumns.VesselOwner]),
        };
        var fromRemarks = remarks.Vessel;
        var vessel = fromRemarks is null ? columns : columns with
        {
            Imo = fromRemarks.Imo,
            Mmsi = fromRemarks.Mmsi,
            BuildYear = fromRemarks.BuildYear,
        };
        var empty = vessel == new VesselDetails();
        return (empty && kind != EntityKind.Vessel ? null : vessel, aircraft ?? (kind == EntityKind.Aircraft ? new AircraftDetails() : null));
    }

    private Relation Resolve(Relation relation)
    {
        var (name, entNum) = names.Find(relation.TargetName);
        return entNum is null
            ? relation
            : relation with { TargetName = name, TargetId = ListSources.EntityId(layout.Source, entNum) };
    }
}
