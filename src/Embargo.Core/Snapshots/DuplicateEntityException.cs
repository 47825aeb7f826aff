namespace Embargo.Core.Snapshots;

/// <summary>A list gave the same entity id twice: the snapshot is refused rather than silently merged.</summary>
public sealed class DuplicateEntityException(string entityId, Exception? inner = null)
    : Exception($"entity id '{entityId}' appears more than once in the list", inner)
{
    public string EntityId { get; } = entityId;
}
