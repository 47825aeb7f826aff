using System.Text.Json;
using Embargo.Core.Model;

namespace Embargo.Hosting.Batch;

/// <summary>
/// Where an interrupted run stopped, saved beside the output as <c>OUTPUT.checkpoint.json</c> after every flush:
/// how many records are completely written, the output length that holds exactly them, and what they were
/// computed from (input file, settings, list versions), so that a rerun continues only the same job.
/// </summary>
public sealed record BatchCheckpoint
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;
    public required string Input { get; init; }
    public long InputLength { get; init; }
    public DateTime InputModifiedUtc { get; init; }
    /// <summary>Format, mapping, threshold and the like, as one comparable string.</summary>
    public required string Settings { get; init; }
    public required IReadOnlyList<string> Snapshots { get; init; }
    public long Records { get; init; }
    public long WithMatches { get; init; }
    public long Errors { get; init; }
    public long OutputOffset { get; init; }

    public static string PathFor(string output) => output + ".checkpoint.json";

    /// <summary>The saved checkpoint, or null when there is none.</summary>
    /// <exception cref="BatchResumeException">The file exists but cannot be read.</exception>
    public static BatchCheckpoint? Load(string output)
    {
        var path = PathFor(output);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<BatchCheckpoint>(File.ReadAllText(path), EntryJson.Options)
                   ?? throw new JsonException("empty");
        }
        catch (JsonException e)
        {
            throw new BatchResumeException($"the checkpoint '{path}' cannot be read ({e.Message}); delete it to start the run again");
        }
    }

    /// <summary>Saves atomically: a crash leaves the previous checkpoint or this one, never half of one.</summary>
    public void Save(string output)
    {
        var path = PathFor(output);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, EntryJson.Options));
        File.Move(temporary, path, overwrite: true);
    }

    public static void Delete(string output) => File.Delete(PathFor(output));

    /// <summary>Why this checkpoint does not belong to a run with these parameters, or null when it does.</summary>
    public string? MismatchWith(BatchCheckpoint run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (Format != CurrentFormat) return "it was written by another version of Embargo";
        if (!string.Equals(Path.GetFullPath(Input), Path.GetFullPath(run.Input), StringComparison.Ordinal)) return $"it is for the input '{Input}'";
        if (InputLength != run.InputLength || InputModifiedUtc != run.InputModifiedUtc) return "the input file has changed since";
        if (!string.Equals(Settings, run.Settings, StringComparison.Ordinal)) return $"it was made with other settings ({Settings})";
        if (!Snapshots.SequenceEqual(run.Snapshots, StringComparer.Ordinal)) return $"it was screened against other list versions ({string.Join(", ", Snapshots)})";
        return null;
    }
}
