namespace Embargo.Core.Access;

/// <summary>Who stands behind an action.</summary>
public enum ActorKind
{
    /// <summary>A registered user (directly, or through an API key that belongs to them).</summary>
    User,
    /// <summary>An API key that belongs to no user: the key is the actor.</summary>
    Key,
    /// <summary>A local operator of the CLI before any user is registered, named after the OS account.</summary>
    Local,
    /// <summary>Embargo itself (monitoring, scheduled work).</summary>
    System,
}
