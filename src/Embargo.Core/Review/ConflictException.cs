namespace Embargo.Core.Review;

/// <summary>
/// A change that collides with the current state: a stale version (someone else changed the record first), a
/// transition the current status does not allow, or a record that already exists. Nothing was changed.
/// </summary>
public class ConflictException(string message) : Exception(message);
