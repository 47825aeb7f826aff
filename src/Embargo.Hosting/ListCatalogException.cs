namespace Embargo.Hosting;

/// <summary>A request about lists that cannot be met as asked: an unknown source or version, nothing to compare.</summary>
public sealed class ListCatalogException(string message) : Exception(message);
