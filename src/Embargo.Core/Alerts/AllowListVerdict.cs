namespace Embargo.Core.Alerts;

/// <summary>Whether an allow-list entry still suppresses its alert, and if not, what changed.</summary>
public sealed record AllowListVerdict(bool Holds, string? WhatChanged)
{
    public static readonly AllowListVerdict Still = new(true, null);
}
