namespace Embargo.Core.Review;

/// <summary>A request that cannot be used as given, naming the field at fault when there is one.</summary>
public sealed class InvalidRequestException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
