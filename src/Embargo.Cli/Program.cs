using Embargo.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await EmbargoCli.RunAsync(args, CliConsole.ForProcess(), cancellation.Token);
