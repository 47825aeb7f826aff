using System.Text.Json.Serialization;

namespace Embargo.Server.Api.Yente;

/// <summary>An entity in FollowTheMoney form, as yente returns it (its <c>EntityResponse</c>).</summary>
internal sealed record FtmEntity
{
    public required string Id { get; init; }
    public required string Caption { get; init; }
    public required string Schema { get; init; }
    public required Dictionary<string, List<string>> Properties { get; init; }
    public required IReadOnlyList<string> Datasets { get; init; }
    public IReadOnlyList<string> Referents { get; init; } = [];
    public bool Target { get; init; } = true;
    [JsonPropertyName("first_seen")]
    public string? FirstSeen { get; init; }
    [JsonPropertyName("last_seen")]
    public string? LastSeen { get; init; }
    [JsonPropertyName("last_change")]
    public string? LastChange { get; init; }
}
