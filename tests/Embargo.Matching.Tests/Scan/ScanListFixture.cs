using Embargo.Core.Model;
using Embargo.Matching.Scan;

namespace Embargo.Matching.Tests.Scan;

/// <summary>A tiny invented list in memory, and a scanner over it.</summary>
public sealed class ScanListFixture
{
    public ScanListFixture()
    {
        Scanner = new TextScanner(ScreeningIndex.Build(
        [
            Entry("t:shugayev", EntityKind.Person, "SHUGAYEV, Dmitry"),
            Entry("t:erdogan", EntityKind.Person, "ERDOGAN, Emrah"),
            Entry("t:sandoval", EntityKind.Person, "SANDOVAL, Jose Luis"),
            Entry("t:kovalenko", EntityKind.Person, "KOVALENKO, Artem Borisovich"),
            Entry("t:ssb", EntityKind.Organization, "PRESIDENCY OF DEFENSE INDUSTRIES"),
            Entry("t:aq", EntityKind.Organization, "AL-QAIDA"),
            Entry("t:golden", EntityKind.Organization, "GOLDEN STAR TRADING LLC"),
            Entry("t:bank", EntityKind.Organization, "BANK ROSSIYA") with { Aliases = [new EntryName { Full = "AB ROSSIYA, OAO" }] },
            Entry("t:patriot", EntityKind.Vessel, "PATRIOT") with { Vessel = new VesselDetails { Imo = "9123456" } },
            Entry("t:washington", EntityKind.Organization, "WASHINGTON TRADING LTD"),
            Entry("t:sberbank", EntityKind.Organization, "SBERBANK OF RUSSIA"),
            Entry("t:soe", EntityKind.Person, "SOE, Thein"),
        ]));
    }

    public TextScanner Scanner { get; }

    public ScanResult Scan(string text) => Scanner.Scan(text);

    private static ListEntry Entry(string id, EntityKind kind, string name) => new()
    {
        Id = id,
        Source = "test",
        SourceId = id[2..],
        Kind = kind,
        Name = new EntryName { Full = name },
    };
}
