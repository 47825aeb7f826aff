namespace Embargo.Cli;

/// <summary>The arguments parse but do not make sense together (an unknown source, a version that does not exist).</summary>
internal sealed class CliUsageException(string message) : Exception(message);
