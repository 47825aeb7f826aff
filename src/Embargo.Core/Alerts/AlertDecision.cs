namespace Embargo.Core.Alerts;

/// <summary>What a reviewer decided about a potential match.</summary>
public enum AlertDecision
{
    /// <summary>The party is the listed entity.</summary>
    TrueMatch,
    /// <summary>The party is not the listed entity: the pair goes on the allow-list once final.</summary>
    FalsePositive,
}
