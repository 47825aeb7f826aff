namespace Embargo.Server.Problems;

/// <summary>A request that cannot be used as sent, naming the field at fault: answered with 400.</summary>
internal sealed class RequestFieldException(string field, string problem)
    : Exception($"{field}: {problem}")
{
    public string Field { get; } = field;
}
