namespace Embargo.Hosting;

/// <summary>Text given to scan that cannot be scanned: binary data, too large, unreadable.</summary>
public sealed class ScanInputException(string message) : Exception(message);
