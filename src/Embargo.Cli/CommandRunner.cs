using System.CommandLine;
using Embargo.Core.Access;
using Embargo.Core.Review;
using Embargo.Core.Snapshots;
using Embargo.Core.Storage;
using Embargo.Hosting;
using Embargo.Lists.Parsing;

namespace Embargo.Cli;

/// <summary>
/// Opens the engine for a command and turns failures into an error message and exit code 2: a bad file or
/// path is the user's to fix, and deserves a sentence, not a stack trace.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(
        CliConsole console, GlobalOptions globals, ParseResult parseResult,
        Func<EmbargoEngine, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            await using var engine = await EmbargoEngine.OpenAsync(
                globals.ResolveDataDirectory(parseResult), globals.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            return await action(engine, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.WriteError("cancelled; the active lists are unchanged.");
            return ExitCodes.Error;
        }
        catch (Exception e) when (e is ListFormatException or DuplicateEntityException or FileNotFoundException
                                      or DirectoryNotFoundException or UnauthorizedAccessException or CliUsageException
                                      or ListCatalogException or StoreUnavailableException or AccessDeniedException or ConflictException
                                      or NotFoundException or InvalidRequestException)
        {
            console.WriteError(e.Message);
            return ExitCodes.Error;
        }
        catch (IOException e)
        {
            console.WriteError(e.Message);
            return ExitCodes.Error;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug, not a user error: say what it was, briefly, and still exit with 2.
            console.WriteError($"unexpected {e.GetType().Name}: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
