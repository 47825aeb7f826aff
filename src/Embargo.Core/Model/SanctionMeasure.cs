namespace Embargo.Core.Model;

/// <summary>
/// A measure the data itself states, e.g. <c>CAATSA Section 235</c> / <c>EXPORT SANCTIONS</c> / <c>235(a)(2)</c>.
/// </summary>
public sealed record SanctionMeasure(string Authority, string Description, string? Reference = null);
