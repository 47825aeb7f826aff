namespace Embargo.Hosting.Batch;

/// <summary>An interrupted run cannot be continued as asked (the input, settings or lists changed, the output is shorter than its checkpoint).</summary>
public sealed class BatchResumeException(string message) : Exception(message);
