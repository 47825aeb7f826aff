namespace Embargo.Hosting.Batch;

/// <summary>Reads the records of an input file in order, one at a time; a malformed record comes back as an error record.</summary>
internal interface IBatchReader : IDisposable
{
    /// <summary>The next record, or null at the end of the input.</summary>
    /// <exception cref="BatchInputException">The file cannot be screened at all (no name column, an unknown mapped column).</exception>
    BatchRecord? Next();
}
