namespace Embargo.Lists.Ofac;

/// <summary>Column positions and counts of the OFAC CSV files (they have no header row).</summary>
internal static class OfacCsvColumns
{
    // sdn.csv / cons_prim.csv
    public const int EntNum = 0;
    public const int Name = 1;
    public const int Type = 2;
    public const int Programs = 3;
    public const int Title = 4;
    public const int CallSign = 5;
    public const int VesselType = 6;
    public const int Tonnage = 7;
    public const int GrossRegisteredTonnage = 8;
    public const int VesselFlag = 9;
    public const int VesselOwner = 10;
    public const int Remarks = 11;
    public const int MainCount = 12;

    // alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks
    public const int AltNum = 1;
    public const int AltType = 2;
    public const int AltName = 3;
    public const int AltRemarks = 4;
    public const int AliasCount = 5;

    // add.csv: ent_num, add_num, address, city/state/postal, country, add_remarks
    public const int AddNum = 1;
    public const int Address = 2;
    public const int CityStatePostal = 3;
    public const int Country = 4;
    public const int AddRemarks = 5;
    public const int AddressCount = 6;

    // sdn_comments.csv: ent_num, remarks continuation
    public const int Comment = 1;
    public const int CommentCount = 2;
}
