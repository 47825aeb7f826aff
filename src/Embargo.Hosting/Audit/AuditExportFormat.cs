namespace Embargo.Hosting.Audit;

/// <summary>How <c>audit export</c> writes the trail.</summary>
public enum AuditExportFormat
{
    Jsonl,
    Csv,
}
