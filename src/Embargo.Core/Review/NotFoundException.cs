namespace Embargo.Core.Review;

/// <summary>No party, alert or user has the id asked for.</summary>
public sealed class NotFoundException(string message) : Exception(message);
