namespace Embargo.Lists.Tests.Uk;

/// <summary>
/// Invented designations (no real person, company or ship) in the published structure of the FCDO's UK
/// Sanctions List, which replaced OFSI's Consolidated List in January 2026. No official file could be
/// fetched here; the structure was taken from public sources:
/// <list type="bullet">
/// <item>XML: the element names read by OpenSanctions' crawler (<c>opensanctions/opensanctions:
/// datasets/gb/fcdo_sanctions/crawler.py</c>: <c>Designation</c>, <c>UniqueID</c>, <c>Names/Name/Name1..Name6</c>,
/// <c>NameType</c>, <c>NonLatinNames</c>, <c>IndividualDetails/Individual/DOBs/DOB</c>, <c>BirthDetails/Location</c>,
/// <c>ShipDetails/Ship/IMONumbers</c>, <c>CurrentOwnerOperators</c>, <c>CurrentBelievedFlagOfShips</c>,
/// <c>SanctionsImposed</c> split on <c>|</c>, <c>DateDesignated</c> as dd/mm/yyyy...), completed from fragments of
/// the live file quoted in other public test suites (<c>DateGenerated</c>, <c>OFSIGroupID</c>, <c>AliasStrength</c>,
/// <c>PassportDetails/Passport</c>, <c>EntityDetails/Entity</c>, <c>dd/mm/1945</c> birth dates).</item>
/// <item>CSV: the <c>Report Date: dd-MMM-yyyy</c> line and the 58-column header as reproduced in
/// <c>moov-io/watchman</c>'s UK tests; one row per combination of a designation's repeating values.</item>
/// <item>Name types (Primary name, Primary name variation, Alias) and alias quality: GOV.UK, "UK Sanctions
/// List: change to the list's format" (February 2022).</item>
/// </list>
/// </summary>
internal static class UkSanctionsListFixtures
{
    public const string Xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <Designations xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
          <DateGenerated>14/03/2026</DateGenerated>
          <Designation>
            <LastUpdated>02/03/2026</LastUpdated>
            <DateDesignated>15/03/2022</DateDesignated>
            <UniqueID>RUS9901</UniqueID>
            <OFSIGroupID>99901</OFSIGroupID>
            <Names>
              <Name><Name1>Ivan</Name1><Name2>Petrovich</Name2><Name6>OBRAZTSOV</Name6><NameType>Primary Name</NameType></Name>
              <Name><Name1>Ivan</Name1><Name2>Petrovich</Name2><Name6>OBRAZTSOFF</Name6><NameType>Primary name variation</NameType></Name>
              <Name><Name6>Vanya</Name6><NameType>Alias</NameType><AliasStrength>Low quality a.k.a</AliasStrength></Name>
              <Name><NameType>Alias</NameType></Name>
            </Names>
            <NonLatinNames>
              <NonLatinName><NameNonLatinScript>Иван Петрович Образцов</NameNonLatinScript><NonLatinScriptType>Cyrillic</NonLatinScriptType><NonLatinScriptLanguage>Russian</NonLatinScriptLanguage></NonLatinName>
            </NonLatinNames>
            <Titles><Title>Dr</Title></Titles>
            <RegimeName>The Russia (Sanctions) (EU Exit) Regulations 2019</RegimeName>
            <IndividualEntityShip>Individual</IndividualEntityShip>
            <DesignationSource>UK</DesignationSource>
            <SanctionsImposed>Asset freeze|Travel Ban|Director Disqualification Sanction</SanctionsImposed>
            <OtherInformation>Invented for tests.</OtherInformation>
            <UKStatementofReasons>Invented reasons.</UKStatementofReasons>
            <Addresses>
              <Address><AddressLine1>1 Test Street</AddressLine1><AddressLine6>Exampleburg</AddressLine6><AddressPostalCode>000001</AddressPostalCode><AddressCountry>Russia</AddressCountry></Address>
            </Addresses>
            <IndividualDetails>
              <Individual>
                <DOBs><DOB>dd/mm/1961</DOB><DOB>12/03/1962</DOB></DOBs>
                <Nationalities><Nationality>Russia</Nationality></Nationalities>
                <PassportDetails><Passport><PassportNumber>000000001</PassportNumber><PassportAdditionalInformation>Passport (invented)</PassportAdditionalInformation></Passport></PassportDetails>
                <NationalIdentifierDetails><NationalIdentifier><NationalIdentifierNumber>0000000000</NationalIdentifierNumber><NationalIdentifierAdditionalInformation>Tax number (invented)</NationalIdentifierAdditionalInformation></NationalIdentifier></NationalIdentifierDetails>
                <Positions><Position>Director of an invented company</Position></Positions>
                <Genders><Gender>Male</Gender></Genders>
                <BirthDetails><Location><TownOfBirth>Exampleburg</TownOfBirth><CountryOfBirth>Russia</CountryOfBirth></Location></BirthDetails>
              </Individual>
            </IndividualDetails>
          </Designation>
          <Designation>
            <LastUpdated>20/02/2026</LastUpdated>
            <DateDesignated>20/02/2026</DateDesignated>
            <UniqueID>RUS9902</UniqueID>
            <Names>
              <Name><Name6>EXAMPLE NORTHWIND TRADING LLC</Name6><NameType>Primary Name</NameType></Name>
              <Name><Name6>ENT LLC</Name6><NameType>Alias</NameType><AliasStrength>Good quality a.k.a</AliasStrength></Name>
            </Names>
            <RegimeName>The Russia (Sanctions) (EU Exit) Regulations 2019</RegimeName>
            <IndividualEntityShip>Entity</IndividualEntityShip>
            <DesignationSource>UK</DesignationSource>
            <SanctionsImposed>Asset freeze|Trust services sanctions</SanctionsImposed>
            <Addresses>
              <Address><AddressLine1>2 Test Street</AddressLine1><AddressCountry>Russia</AddressCountry></Address>
              <Address><AddressLine1>Office 3, Example Tower</AddressLine1><AddressLine6>Dubai</AddressLine6><AddressCountry>United Arab Emirates</AddressCountry></Address>
            </Addresses>
            <PhoneNumbers><PhoneNumber>+7 000 000 00 00</PhoneNumber></PhoneNumbers>
            <Websites><Website>www.example.test</Website></Websites>
            <EmailAddresses><EmailAddress>info@example.test</EmailAddress></EmailAddresses>
            <EntityDetails>
              <Entity>
                <TypeOfEntities><TypeOfEntity>Limited Liability Company</TypeOfEntity></TypeOfEntities>
                <Subsidiaries><Subsidiary>EXAMPLE LOGISTICS LLC</Subsidiary></Subsidiaries>
                <ParentCompanies><ParentCompany>EXAMPLE HOLDING JSC</ParentCompany></ParentCompanies>
                <BusinessRegistrationNumbers><BusinessRegistrationNumber>1000000000001</BusinessRegistrationNumber></BusinessRegistrationNumbers>
              </Entity>
            </EntityDetails>
          </Designation>
          <Designation>
            <LastUpdated>20/02/2026</LastUpdated>
            <DateDesignated>20/02/2026</DateDesignated>
            <UniqueID>RUS9903</UniqueID>
            <Names><Name><Name6>EXAMPLE STAR</Name6><NameType>Primary Name</NameType></Name></Names>
            <RegimeName>The Russia (Sanctions) (EU Exit) Regulations 2019</RegimeName>
            <IndividualEntityShip>Ship</IndividualEntityShip>
            <DesignationSource>UK</DesignationSource>
            <SanctionsImposed>Shipping sanctions</SanctionsImposed>
            <FutureField>a field this code does not know</FutureField>
            <ShipDetails>
              <Ship>
                <IMONumbers><IMONumber>IMO9000001</IMONumber></IMONumbers>
                <CurrentOwnerOperators><CurrentOwnerOperator>EXAMPLE SHIPPING FZCO</CurrentOwnerOperator></CurrentOwnerOperators>
                <CurrentBelievedFlagOfShips><CurrentBelievedFlagOfShip>Gabon</CurrentBelievedFlagOfShip></CurrentBelievedFlagOfShips>
                <PreviousFlags><PreviousFlag>Panama</PreviousFlag></PreviousFlags>
                <TypeOfShipDetails><TypeOfShip>Oil Tanker</TypeOfShip></TypeOfShipDetails>
                <TonnageOfShipDetails><TonnageOfShip>50000</TonnageOfShip></TonnageOfShipDetails>
                <LengthOfShipDetails><LengthOfShip>200</LengthOfShip></LengthOfShipDetails>
                <YearsBuilt><YearBuilt>2005</YearBuilt></YearsBuilt>
              </Ship>
            </ShipDetails>
          </Designation>
        </Designations>
        """;

    /// <summary>The CSV header as published (58 columns).</summary>
    public const string CsvHeader =
        "Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Name type," +
        "Alias strength,Title,Name non-latin script,Non-latin script type,Non-latin script language,Regime Name," +
        "Designation Type,Designation source,Sanctions Imposed,Other Information,UK Statement of Reasons,Address Line 1," +
        "Address Line 2,Address Line 3,Address Line 4,Address Line 5,Address Line 6,Address Postal Code,Address Country," +
        "Phone number,Website,Email address,Date Designated,D.O.B,Nationality(/ies),National Identifier number," +
        "National Identifier additional information,Passport number,Passport additional information,Position,Gender," +
        "Town of birth,Country of birth,Type of entity,Subsidiaries,Parent company,Business registration number (s)," +
        "IMO number,Current owner/operator (s),Previous owner/operator (s),Current believed flag of ship,Previous flags," +
        "Type of ship,Tonnage of ship,Length of ship,Year Built,Hull identification number (HIN)";

    private static readonly string[] Columns = CsvHeader.Split(',');

    /// <summary>
    /// RUS9901 and RUS9902 of <see cref="Xml"/> as the CSV publishes them: one row per combination of names,
    /// dates of birth and addresses, the two designations' rows interleaved.
    /// </summary>
    public static string Csv()
    {
        var person = new Dictionary<string, string>
        {
            ["Last Updated"] = "02/03/2026", ["Unique ID"] = "RUS9901", ["OFSI Group ID"] = "99901", ["Title"] = "Dr",
            ["Name non-latin script"] = "Иван Петрович Образцов", ["Non-latin script type"] = "Cyrillic",
            ["Non-latin script language"] = "Russian", ["Regime Name"] = "The Russia (Sanctions) (EU Exit) Regulations 2019",
            ["Designation Type"] = "Individual", ["Designation source"] = "UK",
            ["Sanctions Imposed"] = "Asset freeze|Travel Ban|Director Disqualification Sanction",
            ["Other Information"] = "Invented for tests.", ["UK Statement of Reasons"] = "Invented reasons.",
            ["Address Line 1"] = "1 Test Street", ["Address Line 6"] = "Exampleburg", ["Address Postal Code"] = "000001",
            ["Address Country"] = "Russia", ["Date Designated"] = "15/03/2022", ["Nationality(/ies)"] = "Russia",
            ["National Identifier number"] = "0000000000", ["National Identifier additional information"] = "Tax number (invented)",
            ["Passport number"] = "000000001", ["Passport additional information"] = "Passport (invented)",
            ["Position"] = "Director of an invented company", ["Gender"] = "Male", ["Town of birth"] = "Exampleburg",
            ["Country of birth"] = "Russia",
        };
        var entity = new Dictionary<string, string>
        {
            ["Last Updated"] = "20/02/2026", ["Unique ID"] = "RUS9902",
            ["Regime Name"] = "The Russia (Sanctions) (EU Exit) Regulations 2019", ["Designation Type"] = "Entity",
            ["Designation source"] = "UK", ["Sanctions Imposed"] = "Asset freeze|Trust services sanctions",
            ["Phone number"] = "+7 000 000 00 00", ["Website"] = "www.example.test", ["Email address"] = "info@example.test",
            ["Date Designated"] = "20/02/2026", ["Type of entity"] = "Limited Liability Company",
            ["Subsidiaries"] = "EXAMPLE LOGISTICS LLC", ["Parent company"] = "EXAMPLE HOLDING JSC",
            ["Business registration number (s)"] = "1000000000001",
        };
        (string Name1, string Name2, string Name6, string Type, string Strength)[] personNames =
        [
            ("Ivan", "Petrovich", "OBRAZTSOV", "Primary Name", ""),
            ("Ivan", "Petrovich", "OBRAZTSOFF", "Primary name variation", ""),
            ("", "", "Vanya", "Alias", "Low quality a.k.a"),
        ];
        (string Line1, string Line6, string Country)[] entityAddresses =
        [
            ("2 Test Street", "", "Russia"),
            ("Office 3, Example Tower", "Dubai", "United Arab Emirates"),
        ];

        var rows = new List<string> { "Report Date: 14-Mar-2026", CsvHeader };
        foreach (var dob in new[] { "dd/mm/1961", "12/03/1962" })
        {
            foreach (var (name1, name2, name6, type, strength) in personNames)
            {
                rows.Add(Row(person, ("D.O.B", dob), ("Name 1", name1), ("Name 2", name2), ("Name 6", name6), ("Name type", type), ("Alias strength", strength)));
            }
            foreach (var (name6, type, strength) in new[] { ("EXAMPLE NORTHWIND TRADING LLC", "Primary Name", ""), ("ENT LLC", "Alias", "Good quality a.k.a") })
            {
                foreach (var (line1, line6, country) in entityAddresses)
                {
                    rows.Add(Row(entity, ("Name 6", name6), ("Name type", type), ("Alias strength", strength),
                        ("Address Line 1", line1), ("Address Line 6", line6), ("Address Country", country)));
                }
            }
        }
        return string.Join("\r\n", rows) + "\r\n";
    }

    /// <summary>One CSV row with the given values and every other column empty.</summary>
    public static string Row(IReadOnlyDictionary<string, string> values, params (string Column, string Value)[] overrides)
    {
        var all = new Dictionary<string, string>(values);
        foreach (var (column, value) in overrides) all[column] = value;
        return string.Join(',', Columns.Select(c => Quote(all.GetValueOrDefault(c, ""))));
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
