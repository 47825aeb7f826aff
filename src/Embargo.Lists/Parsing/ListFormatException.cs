namespace Embargo.Lists.Parsing;

/// <summary>
/// The file cannot be read as the format it claims to be. The message names the file and the line or
/// element; nothing from the file is kept.
/// </summary>
public sealed class ListFormatException : Exception
{
    public ListFormatException(string file, long? line, string message, Exception? inner = null)
        : base(Describe(file, line, message), inner)
    {
        File = file;
        Line = line;
    }

    public string File { get; }
    public long? Line { get; }

    private static string Describe(string file, long? line, string message) =>
        line is null ? $"{file}: {message}" : $"{file}:{line}: {message}";
}
