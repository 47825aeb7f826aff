using Embargo.Core.Model;

namespace Embargo.Lists.Demo;

/// <summary>
/// The built-in demo list: hand-written from public designations around the S-400 / CAATSA story, in the
/// project's own format, embedded in this assembly. Not an official list and not for compliance use.
/// </summary>
public static class DemoList
{
    public const string FileName = "embargo-demo-list.json";

    // Set as LogicalName in Embargo.Lists.csproj.
    private const string ResourceName = "Embargo.Lists.Demo." + FileName;

    /// <summary>Opens the embedded document for reading; the caller disposes the stream.</summary>
    public static Stream Open() =>
        typeof(DemoList).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(DemoList).Assembly.GetName().Name}.");

    /// <summary>
    /// Writes the document to <c>{directory}/embargo-demo-list.json</c> (creating the directory, replacing an
    /// older copy) and returns its full path, for importers that take files.
    /// </summary>
    public static string ExtractTo(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, FileName));
        using var source = Open();
        using var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        source.CopyTo(target);
        return path;
    }

    /// <summary>A parser for the demo list file.</summary>
    public static EmbargoJsonListParser CreateParser() => new(FileName, ListSources.Demo);
}
