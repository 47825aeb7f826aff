namespace Embargo.Core.Storage;

/// <summary>
/// The database could not be reached even after retrying (a server restart that took too long, a network cut).
/// Nothing was written by the failed operation; callers may try again later (the server answers 503).
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
