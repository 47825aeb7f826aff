namespace Embargo.Lists.Parsing;

/// <summary>
/// The files of one publication, found by their official names (case-insensitive): the OFAC CSV set is
/// four files, most lists one. Parsers open what they need; missing optional files are simply absent.
/// </summary>
public sealed class ListFileSet
{
    /// <summary>No list file we accept is anywhere near this; a larger one is refused rather than read.</summary>
    public const long MaxFileBytes = 1L << 30;

    private readonly Dictionary<string, string> _paths;

    public ListFileSet(IEnumerable<string> paths)
    {
        _paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths) _paths[Path.GetFileName(path)] = Path.GetFullPath(path);
    }

    /// <summary>Every file of the set, by full path.</summary>
    public IReadOnlyCollection<string> Paths => _paths.Values;

    public bool Contains(string fileName) => _paths.ContainsKey(fileName);

    /// <summary>The full path of a file in the set, or null.</summary>
    public string? Find(string fileName) => _paths.GetValueOrDefault(fileName);

    /// <summary>Opens a file of the set for streaming reads, enforcing <see cref="MaxFileBytes"/>.</summary>
    public Stream Open(string fileName)
    {
        var path = Find(fileName) ?? throw new ListFormatException(fileName, null, "required file is missing from the list files given");
        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes)
            throw new ListFormatException(path, null, $"file is {info.Length:N0} bytes, over the {MaxFileBytes:N0}-byte limit");
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }

    /// <summary>Opens a file when the set has it, else null.</summary>
    public Stream? OpenOptional(string fileName) => Contains(fileName) ? Open(fileName) : null;
}
