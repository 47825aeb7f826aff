using System.Diagnostics;
using System.Text;

namespace Embargo.Cli.Tests.Cluster;

/// <summary>
/// A real <c>embargo serve</c> process (the built CLI) on 127.0.0.1 and a free port, over a given store, without
/// API keys. <see cref="Kill"/> is <c>kill -9</c>: no shutdown code runs.
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(Process process, Uri baseAddress, string name)
    {
        _process = process;
        BaseAddress = baseAddress;
        Name = name;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri BaseAddress { get; }
    public string Name { get; }
    public HttpClient Client { get; }
    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>What the process printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static async Task<ServeProcess> StartAsync(string name, string store, string dataDirectory, params string[] serveOptions)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "embargo.dll"), "--data-dir", dataDirectory, "--store", store,
                     "serve", "--listen", "http://127.0.0.1:0", "--no-auth", .. serveOptions])
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Seen(e.Data);
        process.ErrorDataReceived += (_, e) => Seen(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromMinutes(3)));
        if (first != listening.Task)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            lock (output) throw new InvalidOperationException($"node {name} did not start listening:\n{output}");
        }
        var node = new ServeProcess(process, await listening.Task, name);
        lock (output) node._output.Append(output);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        return node;

        void Seen(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
            const string marker = "listening on ";
            if (line.StartsWith(marker, StringComparison.Ordinal))
                listening.TrySetResult(new Uri(line[marker.Length..].Split([' ', ','], 2)[0]));
        }
    }

    /// <summary>SIGKILL, as <c>kill -9</c>.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
