using Spectre.Console;

namespace Embargo.Cli;

/// <summary>
/// Where commands write: plain text and JSON to <see cref="Out"/>, errors to <see cref="Error"/>, tables and
/// progress through <see cref="Rich"/>. Progress is shown only on an interactive terminal.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive, TextReader? input = null)
    {
        In = input ?? TextReader.Null;
        Out = output;
        Error = error;
        Interactive = interactive;
        Rich = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) Rich.Profile.Width = 160;
    }

    /// <summary>Standard input (passwords with <c>--password-stdin</c>).</summary>
    public TextReader In { get; }
    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public IAnsiConsole Rich { get; }
    public bool Interactive { get; }

    public static CliConsole ForProcess() =>
        new(Console.Out, Console.Error, interactive: !Console.IsOutputRedirected && !Console.IsErrorRedirected, Console.In);

    public void WriteError(string message) => Error.WriteLine("error: " + message);
}
