namespace Embargo.Cli.Tests;

/// <summary>Runs the <c>embargo</c> command tree in-process against a data directory and captures its output.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static Task<CliRun> ExecAsync(string dataDirectory, params string[] args) => ExecWithInputAsync(dataDirectory, null, args);

    /// <summary>Runs with <paramref name="input"/> as standard input.</summary>
    public static async Task<CliRun> ExecWithInputAsync(string dataDirectory, string? input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, interactive: false, input is null ? null : new StringReader(input));
        var code = await EmbargoCli.RunAsync(["--data-dir", dataDirectory, .. args], console, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- err\n{Error}";
}
