namespace Embargo.Hosting.Jobs;

/// <summary>The job is no longer this node's (cancelled, or taken over after its lease ran out): stop without writing.</summary>
internal sealed class JobLeaseLostException(string id) : Exception($"job {id} is no longer held by this node");
