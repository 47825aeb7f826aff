using Embargo.Core.Model;
using Embargo.Lists.Ofac;

namespace Embargo.Lists.Tests.Ofac;

public sealed class OfacRemarksParserTests
{
    [Fact]
    public void PersonFactsFillTheirFields()
    {
        var r = OfacRemarksParser.Parse("DOB 11 Aug 1965; POB Moscow, Russia; nationality Russia; Gender Male.");

        var dob = Assert.Single(r.BirthDates);
        Assert.Equal(new DateOfBirth { Text = "11 Aug 1965", Date = new PartialDate(1965, 8, 11) }, dob);
        Assert.Equal(new Place { Text = "Moscow, Russia", City = "Moscow", Country = "Russia", CountryCode = "RU" }, Assert.Single(r.BirthPlaces));
        Assert.Equal([new CountryRef("Russia", "RU")], r.Nationalities);
        Assert.Equal("male", r.Gender);
        Assert.Empty(r.Attributes);
        Assert.Empty(r.Problems);
    }

    [Theory]
    [InlineData("DOB 1965", 1965, null, null)]
    [InlineData("DOB Aug 1965", 1965, 8, null)]
    [InlineData("DOB 01 Aug 1965", 1965, 8, 1)]
    [InlineData("DOB August 1965", 1965, 8, null)]
    public void BirthDatesKeepTheirPrecision(string remarks, int year, int? month, int? day)
    {
        var dob = Assert.Single(OfacRemarksParser.Parse(remarks).BirthDates);

        Assert.Equal(new PartialDate(year, month, day), dob.Date);
        Assert.Null(dob.To);
        Assert.False(dob.Circa);
    }

    [Fact]
    public void CircaDateIsApproximate()
    {
        var dob = Assert.Single(OfacRemarksParser.Parse("DOB circa 1958").BirthDates);

        Assert.Equal(new DateOfBirth { Text = "circa 1958", Date = new PartialDate(1958), Circa = true }, dob);
    }

    [Theory]
    [InlineData("DOB 1960 to 1962", "1960", "1962", false)]
    [InlineData("DOB 01 Jan 1961 to 31 Dec 1962", "1961-01-01", "1962-12-31", false)]
    [InlineData("DOB Mar 1962 to Feb 1963", "1962-03", "1963-02", false)]
    [InlineData("DOB circa 1979-1982", "1979", "1982", true)]
    public void RangesHaveAStartAndAnEnd(string remarks, string from, string to, bool circa)
    {
        var dob = Assert.Single(OfacRemarksParser.Parse(remarks).BirthDates);

        Assert.Equal(from, dob.Date.ToString());
        Assert.Equal(to, dob.To.ToString());
        Assert.Equal(circa, dob.Circa);
    }

    [Fact]
    public void AltMeansAnotherValueOfTheSameKind()
    {
        var r = OfacRemarksParser.Parse("DOB 1960; alt. DOB 1961; POB Tehran, Iran; alt. POB Qom, Iran; nationality Iran; alt. nationality Iraq");

        Assert.Equal(["1960", "1961"], r.BirthDates.Select(d => d.Text));
        Assert.Equal(["Tehran", "Qom"], r.BirthPlaces.Select(p => p.City));
        Assert.Equal(["IR", "IQ"], r.Nationalities.Select(n => n.Code));
    }

    [Fact]
    public void UnreadableBirthDateIsKeptAndNoted()
    {
        var r = OfacRemarksParser.Parse("DOB 31 Feb 1970; alt. DOB sometime in the sixties");

        Assert.Equal(["31 Feb 1970", "sometime in the sixties"], r.BirthDates.Select(d => d.Text));
        Assert.All(r.BirthDates, d => Assert.Null(d.Date));
        Assert.Equal(2, r.Problems.Count);
    }

    [Fact]
    public void CitizenshipAndNationalityResolve()
    {
        var r = OfacRemarksParser.Parse("citizen Iran; nationality Korea, North; nationality possibly Palestinian; Gender Female");

        Assert.Equal([new CountryRef("Iran", "IR")], r.Citizenships);
        Assert.Equal([new CountryRef("Korea, North", "KP"), new CountryRef("possibly Palestinian", null)], r.Nationalities);
        Assert.Equal("female", r.Gender);
    }

    [Fact]
    public void WeakAliasesKeepTheirApostrophes()
    {
        var r = OfacRemarksParser.Parse("a.k.a. 'AL-QA'IDA'; a.k.a. 'PEOPLE'S ARMY'; f.k.a. 'ANA I'; n.k.a. ''ABD AL-RAHMAN'.");

        Assert.Equal(["AL-QA'IDA", "PEOPLE'S ARMY", "ANA I", "'ABD AL-RAHMAN"], r.Aliases.Select(a => a.Full));
        Assert.Equal([NameType.Alias, NameType.Alias, NameType.FormerName, NameType.NewName], r.Aliases.Select(a => a.Type));
        Assert.All(r.Aliases, a => Assert.Equal(NameStrength.Weak, a.Strength));
    }

    [Fact]
    public void SemicolonInsideAQuotedAliasDoesNotSplit()
    {
        var r = OfacRemarksParser.Parse("a.k.a. 'ONE; TWO'; DOB 1970; a.k.a. 'CUT OFF; Linked To: ACME LLC.");

        Assert.Equal(["ONE; TWO", "CUT OFF"], r.Aliases.Select(a => a.Full));
        Assert.Single(r.BirthDates);
        Assert.Equal("ACME LLC", Assert.Single(r.Relations).TargetName);
    }

    [Fact]
    public void SemicolonInsideALinkDoesNotSplit()
    {
        var r = OfacRemarksParser.Parse("Website http://example.org/a;b=1; Email Address info@example.org;Phone Number 123.");

        Assert.Equal(
            [new EntryAttribute("Website", "http://example.org/a;b=1"), new EntryAttribute("Email Address", "info@example.org"), new EntryAttribute("Phone Number", "123")],
            r.Attributes);
    }

    [Fact]
    public void LinkedToBecomesARelation()
    {
        var r = OfacRemarksParser.Parse("Linked To: ACME TRADING CO., LTD.; Linked To: HIZBALLAH.");

        Assert.Equal([new Relation("linked-to", "ACME TRADING CO., LTD."), new Relation("linked-to", "HIZBALLAH")], r.Relations);
    }

    [Fact]
    public void CaatsaItemsAreMeasures()
    {
        var r = OfacRemarksParser.Parse(
            "CAATSA Section 235 Information: EXPORT SANCTIONS Sec. 235(a)(2); alt. CAATSA Section 235 Information: " +
            "SANCTIONS ON PRINCIPAL EXECUTIVE OFFICERS. Sec 235(a)(12); alt. Executive Order 13846 information: FOREIGN EXCHANGE.  Sec. 5(a)(ii); " +
            "Executive Order 14059 information: Prohibition on any transactions in foreign exchange");

        Assert.Equal(
        [
            new SanctionMeasure("CAATSA Section 235", "EXPORT SANCTIONS", "235(a)(2)"),
            new SanctionMeasure("CAATSA Section 235", "SANCTIONS ON PRINCIPAL EXECUTIVE OFFICERS", "235(a)(12)"),
            new SanctionMeasure("Executive Order 13846", "FOREIGN EXCHANGE", "5(a)(ii)"),
            new SanctionMeasure("Executive Order 14059", "Prohibition on any transactions in foreign exchange"),
        ], r.Measures);
        Assert.Empty(r.Attributes);
    }

    [Fact]
    public void IdentifiersKeepLabelNumberCountryAndDates()
    {
        var r = OfacRemarksParser.Parse(
            "Passport L 191609 (Iran) issued 28 Feb 1996 expires 27 Feb 2001; National ID No. 216040 (Yemen); " +
            "Tax ID No. 7707083893 (Russia); SWIFT/BIC SABRRUMM; Legal Entity Number 253400V1H6ART1UQ0N98 (Russia); " +
            "Cedula No. 6068015 (Colombia); D-U-N-S Number 542957624; Registration Number HRA 738077 (Stuttgart) (Germany); " +
            "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h; Identification Number IMO 5342883.");

        Assert.Equal(new IdentityDocument
        {
            Type = "Passport", Number = "L 191609", Country = "Iran", CountryCode = "IR", IssueDate = "28 Feb 1996", ExpiryDate = "27 Feb 2001",
        }, r.Identifiers[0]);
        Assert.Equal(
        [
            ("Passport", "L 191609", "IR"), ("National ID No.", "216040", "YE"), ("Tax ID No.", "7707083893", "RU"),
            ("SWIFT/BIC", "SABRRUMM", null), ("Legal Entity Number", "253400V1H6ART1UQ0N98", "RU"),
            ("Cedula No.", "6068015", "CO"), ("D-U-N-S Number", "542957624", null), ("Registration Number", "HRA 738077 (Stuttgart)", "DE"),
            ("Digital Currency Address - XBT", "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", null), ("Identification Number", "IMO 5342883", null),
        ], r.Identifiers.Select(d => (d.Type, d.Number, d.CountryCode)));
        Assert.Null(r.Vessel); // a company's IMO number is not a vessel's
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void IssuedPhraseThatIsNoDateBecomesANote()
    {
        var r = OfacRemarksParser.Parse("Passport OR801168 issued under the name Said Jan; alt. Passport 123 (Iran) issued 31 Feb 2001");

        Assert.Equal("issued under the name Said Jan", r.Identifiers[0].Note);
        Assert.Null(r.Identifiers[0].IssueDate);
        Assert.Equal("31 Feb 2001", r.Identifiers[1].IssueDate);
        Assert.Single(r.Problems);
    }

    [Fact]
    public void SentenceAfterAnIdentifierLabelIsNoIdentifier()
    {
        var r = OfacRemarksParser.Parse("Passport and National ID were issued in Ulm, Germany.  Currently incarcerated.");

        Assert.Empty(r.Identifiers);
        Assert.Equal([new EntryAttribute(OfacRemarksParser.FreeTextKey, "Passport and National ID were issued in Ulm, Germany.  Currently incarcerated")], r.Attributes);
    }

    [Fact]
    public void UnknownLabelWithACountryIsStillAnIdentifier()
    {
        // Without a known label the number starts at the first word holding a digit.
        var r = OfacRemarksParser.Parse("Fishing License No. 12345-B (Peru)");

        Assert.Equal(new IdentityDocument { Type = "Fishing License No.", Number = "12345-B", Country = "Peru", CountryCode = "PE" }, Assert.Single(r.Identifiers));
    }

    [Fact]
    public void VesselFactsFillTheVesselAndItsIdentifiers()
    {
        var r = OfacRemarksParser.Parse(
            "Vessel Registration Identification IMO 9187629; MMSI 572469210; Vessel Year of Build 1999; Other Vessel Flag Panama; " +
            "alt. Other Vessel Flag Togo; Former Vessel Flag Malta; Other Vessel Call Sign 5IM713; Other Vessel Type Roll-on Roll-off.");

        Assert.Equal(new VesselDetails { Imo = "9187629", Mmsi = "572469210", BuildYear = "1999" }, r.Vessel);
        Assert.Equal([("Vessel Registration Identification", "IMO 9187629"), ("MMSI", "572469210")], r.Identifiers.Select(d => (d.Type, d.Number)));
        Assert.Equal(
        [
            new EntryAttribute("Other Vessel Flag", "Panama"), new EntryAttribute("Other Vessel Flag", "Togo"),
            new EntryAttribute("Former Vessel Flag", "Malta"), new EntryAttribute("Other Vessel Call Sign", "5IM713"),
            new EntryAttribute("Other Vessel Type", "Roll-on Roll-off"),
        ], r.Attributes);
    }

    [Fact]
    public void AircraftFactsFillTheAircraft()
    {
        var r = OfacRemarksParser.Parse(
            "Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Manufacture Date 1992; Aircraft Model IL76-TD; " +
            "Aircraft Operator YAS AIR; Aircraft Manufacturer's Serial Number (MSN) 1023409321; Aircraft Tail Number EP-GOM; " +
            "Aircraft Mode S Transponder Code 140AE7; alt. Aircraft Operator POUYA AIR.");

        Assert.Equal(new AircraftDetails
        {
            TailNumber = "EP-GOM", Model = "IL76-TD", SerialNumber = "1023409321", ManufactureDate = "1992", Operator = "YAS AIR",
            ModeSTransponderCode = "140AE7",
        }, r.Aircraft);
        Assert.Equal(4, r.Identifiers.Count); // construction number, MSN, tail number, transponder code
        Assert.Equal([new EntryAttribute("Aircraft Operator", "POUYA AIR")], r.Attributes);
    }

    [Fact]
    public void ConstructionNumberIsTheSerialWithoutAnMsn()
    {
        var r = OfacRemarksParser.Parse("Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Model IL76-TD");

        Assert.Equal("8401", r.Aircraft?.SerialNumber);
    }

    [Fact]
    public void OtherFactsBecomeAttributesUnderTheirLabel()
    {
        var r = OfacRemarksParser.Parse(
            "Additional Sanctions Information - Subject to Secondary Sanctions; Email Address info@example.org; Website www.example.ru; " +
            "Organization Established Date 17 Oct 1990; Organization Type: Central banking; Target Type Government Entity; " +
            "Executive Order 13662 Directive Determination - Subject to Directive 1; Listing Date (EO 14024 Directive 2): 24 Feb 2022; " +
            "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886; Tribe: Noorzai; ICTY indictee.");

        Assert.Equal(
        [
            new EntryAttribute("Additional Sanctions Information", "Subject to Secondary Sanctions"),
            new EntryAttribute("Email Address", "info@example.org"),
            new EntryAttribute("Website", "www.example.ru"),
            new EntryAttribute("Organization Established Date", "17 Oct 1990"),
            new EntryAttribute("Organization Type", "Central banking"),
            new EntryAttribute("Target Type", "Government Entity"),
            new EntryAttribute("Executive Order 13662 Directive Determination", "Subject to Directive 1"),
            new EntryAttribute("Listing Date (EO 14024 Directive 2)", "24 Feb 2022"),
            new EntryAttribute("Secondary sanctions risk", "section 1(b) of Executive Order 13224, as amended by Executive Order 13886"),
            new EntryAttribute("Tribe", "Noorzai"),
            new EntryAttribute(OfacRemarksParser.FreeTextKey, "ICTY indictee"),
        ], r.Attributes);
    }

    [Fact]
    public void TitleAndPositionArePositions()
    {
        var r = OfacRemarksParser.Parse("Title Basij Deputy Commander; Position: Director, General Intelligence Directorate.");

        Assert.Equal(["Basij Deputy Commander", "Director, General Intelligence Directorate"], r.Positions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-0- ")]
    public void EmptyRemarksSayNothing(string? remarks)
    {
        var r = OfacRemarksParser.Parse(remarks);

        Assert.Empty(r.Attributes);
        Assert.Empty(r.Aliases);
        Assert.Empty(r.BirthDates);
    }
}
