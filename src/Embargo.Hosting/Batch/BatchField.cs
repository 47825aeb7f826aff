namespace Embargo.Hosting.Batch;

/// <summary>What a column of an input file holds.</summary>
public enum BatchField
{
    /// <summary>A column that is read but not used.</summary>
    Ignore = 0,
    Id,
    Name,
    FirstName,
    MiddleName,
    LastName,
    Kind,
    BirthDate,
    Country,
    IdNumber,
    Address,
    Gender,
}
