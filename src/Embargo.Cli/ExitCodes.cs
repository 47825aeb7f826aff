namespace Embargo.Cli;

/// <summary>The exit codes every command uses.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The command worked and found something (a match, a change) that needs attention.</summary>
    public const int Findings = 1;
    public const int Error = 2;
}
