using System.Text;
using Embargo.Matching;

namespace Embargo.Hosting.Batch;

/// <summary>
/// Runs a few made-up records of each input and output format through the batch pipeline, once per process, beside the
/// loading of the lists: the readers, the record builder and the writers are then compiled before the real file starts,
/// instead of in its first second, when the workers wait for the reader.
/// </summary>
public static class BatchWarmUp
{
    private static readonly Lazy<Task> Once = new(() => Task.Run(RunQuietlyAsync));

    private const string Csv = """
        id,full_name,date_of_birth,nationality,gender,id_number
        1,Ivan Petrov,1961-03-14,Russia,male,
        2,王丽华,1975,China,female,
        3,Northern Star Trading Co Ltd,,Hong Kong,,91110000
        """;

    private const string Jsonl = """
        {"id":"1","name":"김철수","country":"KP","kind":"person"}
        {"id":"2","name":"OOO Tekhnoprom","dob":"2001","country":"Russia"}
        """;

    /// <summary>Starts the warm-up once per process; it never fails (only speed depends on it).</summary>
    public static Task StartOnce() => Once.Value;

    /// <summary>Screens the made-up records in every pairing of formats; returns the summaries' records with matches.</summary>
    public static async Task<int> RunAsync()
    {
        var screening = new BatchScreening(new ActiveIndex(ScreeningWarmUp.SmallIndex(), [], TimeSpan.Zero));
        var withMatches = 0;
        foreach (var output in Enum.GetValues<BatchOutputFormat>())
        {
            foreach (var (text, format) in new[] { (Csv, BatchInputFormat.Csv), (Jsonl, BatchInputFormat.Jsonl) })
            {
                using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));
                var options = new BatchOptions { InputFormat = format, OutputFormat = output, Workers = 1 };
                var summary = await screening.RunAsync(input, "warm-up", Stream.Null, options, null, CancellationToken.None).ConfigureAwait(false);
                withMatches += (int)summary.WithMatches;
            }
        }
        return withMatches;
    }

    private static async Task RunQuietlyAsync()
    {
        try
        {
            await RunAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Left for the real run to meet and report.
        }
    }
}
