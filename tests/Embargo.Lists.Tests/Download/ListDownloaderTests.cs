using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Embargo.Core.Model;
using Embargo.Lists.Download;
using Embargo.Testing;

using Embargo.Testing.Http;

namespace Embargo.Lists.Tests.Download;

/// <summary>Real HTTP on 127.0.0.1 against <see cref="ListFileServer"/> serving the shared lists.</summary>
public sealed class ListDownloaderTests : IAsyncLifetime
{
    private const string SdnFolder = "ofac-sdn-2024-05";
    private const string UnFolder = "un-2026-02-27";
    private const string BisFolder = "bis-dpl-2022-09";

    // Tiny delays so the whole class runs in seconds; the timeout is generous for tests that do not test it.
    private static readonly DownloadOptions Fast = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(10),
        MaxAttempts = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryAfter = TimeSpan.FromMilliseconds(50),
    };

    private readonly TempDirectory _staging = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });
    private ListFileServer? _server;

    private ListFileServer Server => _server ??= new ListFileServer(SharedData.Path("lists"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _http.Dispose();
        _staging.Dispose();
    }

    [SharedDataFact]
    public async Task OfacSdnSetArrivesByteForByte()
    {
        var progress = new RecordingProgress();

        var result = await DownloadAsync(ListSources.OfacSdn, SdnFolder, progress: progress);

        Assert.True(result.Succeeded, result.Error);
        Assert.Null(result.Error);
        Assert.Equal(["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"], result.StagedFiles.Select(Path.GetFileName));
        foreach (var name in new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" })
            AssertSameBytes(SharedData.Path("lists", SdnFolder, name), Staged(name));
        var expectedBytes = new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" }.Sum(n => new FileInfo(SharedData.Path("lists", SdnFolder, n)).Length);
        Assert.Equal(expectedBytes, result.Bytes);
        Assert.Equal(expectedBytes, result.BytesTransferred);
        Assert.Empty(Directory.GetFiles(_staging.Path, "*" + ListDownloader.PartSuffix));
        Assert.True(result.ToFileSet().Contains("sdn_comments.csv"));
        Assert.All(Server.Requests, r => Assert.StartsWith("Embargo/", r.UserAgent, StringComparison.Ordinal));
        Assert.All(Server.Requests, r => Assert.Null(r.Range));

        var sdn = result.Files[0];
        Assert.Equal(FileDownloadStatus.Downloaded, sdn.Status);
        Assert.Equal(1, sdn.Attempts);
        Assert.Equal(200, sdn.HttpStatus);
        Assert.Equal(Sha256(SharedData.Path("lists", SdnFolder, "sdn.csv")), sdn.Sha256);
        Assert.StartsWith("\"v1-", sdn.ETag, StringComparison.Ordinal);
        Assert.NotNull(sdn.LastModified);
        var metadata = File.ReadAllText(Staged("sdn.csv") + ListDownloader.MetadataSuffix);
        Assert.Contains(sdn.Sha256!, metadata, StringComparison.Ordinal);
        Assert.Contains("\"etag\"", metadata, StringComparison.Ordinal);

        var last = progress.Reports.Last(p => p.FileName == "sdn.csv");
        Assert.Equal(sdn.Bytes, last.BytesReceived);
        Assert.Equal(sdn.Bytes, last.TotalBytes);
        Assert.True(progress.Reports.Count(p => p.FileName == "sdn.csv") > 3, "a 3.9 MB file reports progress along the way");
        Assert.Equal([0, 1, 2, 3], progress.Reports.Select(p => p.FileIndex).Distinct());
    }

    [SharedDataTheory]
    [InlineData(ListSources.OfacConsolidated, "ofac-cons-2025-12")]
    [InlineData(ListSources.UnSecurityCouncil, UnFolder)]
    [InlineData(ListSources.BisDeniedPersons, BisFolder)]
    public async Task SharedListArrivesThroughTheMirrorUnderTheNameParsersExpect(string source, string folder)
    {
        var result = await DownloadAsync(source, folder);

        Assert.True(result.Succeeded, result.Error);
        foreach (var file in result.Files)
            AssertSameBytes(SharedData.Path("lists", folder, file.FileName), file.Path!);
    }

    [SharedDataFact]
    public async Task ServiceUnavailableTwiceThenTheFileSucceedsOnTheThirdAttempt()
    {
        Server.Script(Reply.ServiceUnavailable, Reply.ServiceUnavailable);

        var result = await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(3, result.Files[0].Attempts);
        Assert.Equal(3, Server.Requests.Count);
        AssertSameBytes(SharedData.Path("lists", UnFolder, "consolidated.xml"), Staged("consolidated.xml"));
    }

    [SharedDataFact]
    public async Task ServerErrorOnEveryAttemptFailsWithAClearMessageAndStagesNothing()
    {
        Server.Default = Reply.InternalError;
        var source = OfficialSources.Resolve(ListSources.OfacSdn, Server.Folder(SdnFolder));

        var result = await new ListDownloader(_http, Fast).DownloadAsync(source, _staging.Path, null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Empty(result.StagedFiles);
        Assert.Equal(
            $"us-ofac-sdn: could not download sdn.csv from {source.Files[0].Url}: HTTP 500 (Internal Server Error) after 3 attempts",
            result.Error);
        Assert.Equal(3, Server.Requests.Count);
        Assert.Equal(
            [FileDownloadStatus.Failed, FileDownloadStatus.NotAttempted, FileDownloadStatus.NotAttempted, FileDownloadStatus.NotAttempted],
            result.Files.Select(f => f.Status));
        Assert.False(File.Exists(Staged("sdn.csv")));
        Assert.Throws<InvalidOperationException>(() => result.ToFileSet());
    }

    [SharedDataFact]
    public async Task TruncatedDownloadFailsThenTheNextRunResumesWithARange()
    {
        var original = SharedData.Path("lists", SdnFolder, "sdn.csv");
        var size = new FileInfo(original).Length;
        Server.Default = Reply.Truncated;
        Server.TruncateAfterBytes = 1_000_000;

        var first = await DownloadAsync(ListSources.OfacSdn, SdnFolder);

        Assert.False(first.Succeeded);
        Assert.Contains(Invariant($"truncated: got 1,000,000 of {size:N0} bytes after 3 attempts"), first.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Staged("sdn.csv")));
        Assert.Equal(1_000_000, new FileInfo(Staged("sdn.csv") + ListDownloader.PartSuffix).Length);

        Server.Default = Reply.File;
        var second = await DownloadAsync(ListSources.OfacSdn, SdnFolder);

        Assert.True(second.Succeeded, second.Error);
        AssertSameBytes(original, Staged("sdn.csv"));
        var sdn = second.Files[0];
        Assert.Equal(1_000_000, sdn.ResumedFrom);
        Assert.Equal(size - 1_000_000, sdn.BytesTransferred);
        Assert.Equal(206, sdn.HttpStatus);
        var resumed = Server.Requests.Single(r => r.Reply == Reply.File && r.Path.EndsWith("/sdn.csv", StringComparison.Ordinal));
        Assert.Equal("bytes=1000000-", resumed.Range);
        Assert.Equal(sdn.ETag, resumed.IfRange);
        Assert.False(File.Exists(Staged("sdn.csv") + ListDownloader.PartSuffix));
        Assert.False(File.Exists(Staged("sdn.csv") + ListDownloader.PartSuffix + ListDownloader.MetadataSuffix));
    }

    [SharedDataFact]
    public async Task RepublishedFileIsFetchedWholeRatherThanStitchedOntoTheOldPart()
    {
        Server.Default = Reply.Truncated;
        await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder, Fast with { MaxAttempts = 1 });
        Server.Default = Reply.File;
        Server.Version = "v2";

        var result = await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(0, result.Files[0].ResumedFrom);
        Assert.StartsWith("\"v1-", Server.Requests[^1].IfRange, StringComparison.Ordinal);
        AssertSameBytes(SharedData.Path("lists", UnFolder, "consolidated.xml"), Staged("consolidated.xml"));
    }

    [SharedDataFact]
    public async Task ServerWithoutRangeSupportMakesTheResumeStartFromZero()
    {
        Server.Default = Reply.Truncated;
        await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder, Fast with { MaxAttempts = 1 });
        Server.Default = Reply.FileIgnoringRange;

        var result = await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder);

        Assert.True(result.Succeeded, result.Error);
        Assert.NotNull(Server.Requests[^1].Range);
        Assert.Equal(0, result.Files[0].ResumedFrom);
        AssertSameBytes(SharedData.Path("lists", UnFolder, "consolidated.xml"), Staged("consolidated.xml"));
    }

    [SharedDataFact]
    public async Task RangeNotSatisfiableDropsThePartAndStartsOver()
    {
        var original = SharedData.Path("lists", BisFolder, "dpl.txt");
        File.WriteAllBytes(Staged("dpl.txt") + ListDownloader.PartSuffix, new byte[new FileInfo(original).Length + 10]);

        var result = await DownloadAsync(ListSources.BisDeniedPersons, BisFolder, Fast with { MaxAttempts = 1 });

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, Server.Requests.Count);
        Assert.NotNull(Server.Requests[0].Range);
        Assert.Null(Server.Requests[1].Range);
        AssertSameBytes(original, Staged("dpl.txt"));
    }

    [SharedDataFact]
    public async Task HtmlPageIsRejectedAsNotTheListFileWithoutRetrying()
    {
        Server.Default = Reply.HtmlPage;

        var result = await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder);

        Assert.False(result.Succeeded);
        Assert.Contains("consolidated.xml: served HTML, not the list file", result.Error!.Replace(" from " + result.Files[0].Url, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Single(Server.Requests);
        Assert.Empty(Directory.GetFiles(_staging.Path, "consolidated.xml*"));
    }

    [SharedDataFact]
    public async Task HtmlBodyServedAsCsvIsRejected()
    {
        Server.Default = Reply.HtmlBodyAsCsv;

        var result = await DownloadAsync(ListSources.OfacSdn, SdnFolder);

        Assert.False(result.Succeeded);
        Assert.Contains("served HTML, not the list file", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Staged("sdn.csv")));
    }

    [SharedDataFact]
    public async Task HtmlPageLeavesAResumablePartUntouched()
    {
        Server.Default = Reply.Truncated;
        await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder, Fast with { MaxAttempts = 1 });
        Server.Default = Reply.HtmlPage;
        await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder);
        Server.Default = Reply.File;

        var result = await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(Server.TruncateAfterBytes, result.Files[0].ResumedFrom);
        AssertSameBytes(SharedData.Path("lists", UnFolder, "consolidated.xml"), Staged("consolidated.xml"));
    }

    [SharedDataFact]
    public async Task NotFoundFailsAtOnceWithoutRetrying()
    {
        Server.Default = Reply.NotFound;

        var result = await DownloadAsync(ListSources.BisDeniedPersons, BisFolder);

        Assert.False(result.Succeeded);
        Assert.Single(Server.Requests);
        Assert.Equal(404, result.Files[0].HttpStatus);
        Assert.EndsWith("dpl.txt: HTTP 404 (Not Found) (not retried: the server has no file at this address)", result.Error, StringComparison.Ordinal);
        Assert.Contains(Server.Folder(BisFolder) + "dpl.txt", result.Error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ForbiddenFailsAtOnceWithoutRetrying()
    {
        Server.Default = Reply.Forbidden;

        var result = await DownloadAsync(ListSources.BisDeniedPersons, BisFolder);

        Assert.False(result.Succeeded);
        Assert.Single(Server.Requests);
        Assert.Contains("HTTP 403 (Forbidden) (not retried: access denied)", result.Error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task SlowServerIsReportedAsTimedOut()
    {
        Server.Default = Reply.SlowHeaders;
        var clock = Stopwatch.StartNew();

        var result = await DownloadAsync(ListSources.BisDeniedPersons, BisFolder, Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(200) });

        Assert.False(result.Succeeded);
        Assert.EndsWith("dpl.txt: timed out after 3 attempts (no data for 0.2 s)", result.Error!.Replace(" from " + result.Files[0].Url, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(3, Server.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [SharedDataFact]
    public async Task StalledBodyTimesOutAndTheReceivedBytesAreResumedLater()
    {
        Server.Default = Reply.StalledBody;
        Server.TruncateAfterBytes = 50_000;

        var first = await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder, Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(300), MaxAttempts = 1 });

        Assert.False(first.Succeeded);
        Assert.Contains("timed out after 1 attempt", first.Error, StringComparison.Ordinal);
        Assert.Equal(50_000, new FileInfo(Staged("consolidated.xml") + ListDownloader.PartSuffix).Length);

        Server.Default = Reply.File;
        var second = await DownloadAsync(ListSources.UnSecurityCouncil, UnFolder);

        Assert.True(second.Succeeded, second.Error);
        Assert.Equal(50_000, second.Files[0].ResumedFrom);
        AssertSameBytes(SharedData.Path("lists", UnFolder, "consolidated.xml"), Staged("consolidated.xml"));
    }

    [SharedDataFact]
    public async Task TooManyRequestsWaitsForRetryAfterUpToTheCap()
    {
        Server.Script(Reply.TooManyRequests);
        Server.RetryAfterSeconds = 30;
        var clock = Stopwatch.StartNew();

        var result = await DownloadAsync(ListSources.BisDeniedPersons, BisFolder, Fast with { MaxRetryAfter = TimeSpan.FromMilliseconds(300) });

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, result.Files[0].Attempts);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(280), TimeSpan.FromSeconds(10));
    }

    [SharedDataFact]
    public async Task OptionalFileTheServerDoesNotHaveIsSkipped()
    {
        var folder = Server.Folder(BisFolder);
        var source = new SourceDownload("test", [new("dpl.txt", new Uri(folder, "dpl.txt")), new("extra.txt", new Uri(folder, "extra.txt"), Required: false)]);

        var result = await new ListDownloader(_http, Fast).DownloadAsync(source, _staging.Path, null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([Staged("dpl.txt")], result.StagedFiles);
        Assert.Equal(FileDownloadStatus.Skipped, result.Files[1].Status);
        Assert.Equal(2, Server.Requests.Count);
    }

    [SharedDataFact]
    public async Task RequiredFileTheServerDoesNotHaveFailsTheSourceAndStopsTheRest()
    {
        Server.Script(Reply.File, Reply.NotFound);

        var result = await DownloadAsync(ListSources.OfacSdn, SdnFolder);

        Assert.False(result.Succeeded);
        Assert.Empty(result.StagedFiles);
        Assert.Equal(
            [FileDownloadStatus.Downloaded, FileDownloadStatus.Failed, FileDownloadStatus.NotAttempted, FileDownloadStatus.NotAttempted],
            result.Files.Select(f => f.Status));
        Assert.Contains("could not download add.csv", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, Server.Requests.Count);
    }

    [SharedDataFact]
    public async Task StaleFileFromAnEarlierRunIsGoneWhenItsDownloadFails()
    {
        _staging.Write("dpl.txt", "an older publication");
        Server.Default = Reply.ServiceUnavailable;

        var result = await DownloadAsync(ListSources.BisDeniedPersons, BisFolder);

        Assert.False(result.Succeeded);
        Assert.False(File.Exists(Staged("dpl.txt")));
    }

    [SharedDataFact]
    public async Task FileOverTheSizeLimitIsRefusedWithoutRetrying()
    {
        var result = await DownloadAsync(ListSources.BisDeniedPersons, BisFolder, Fast with { MaxBytesPerFile = 1000 });

        Assert.False(result.Succeeded);
        Assert.Contains("over the 1,000-byte limit", result.Error, StringComparison.Ordinal);
        Assert.Single(Server.Requests);
        Assert.Empty(Directory.GetFiles(_staging.Path));
    }

    [SharedDataFact]
    public async Task CancellationThrowsAndKeepsThePartForLater()
    {
        Server.Default = Reply.StalledBody;
        Server.TruncateAfterBytes = 20_000;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var source = OfficialSources.Resolve(ListSources.UnSecurityCouncil, Server.Folder(UnFolder));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new ListDownloader(_http, Fast).DownloadAsync(source, _staging.Path, null, cancel.Token));

        Assert.Equal(20_000, new FileInfo(Staged("consolidated.xml") + ListDownloader.PartSuffix).Length);
    }

    [Fact]
    public async Task MalformedSourcesAreProgrammingErrors()
    {
        var downloader = new ListDownloader(_http, Fast);
        var url = new Uri("http://127.0.0.1:1/x");

        await Assert.ThrowsAsync<ArgumentException>(() => downloader.DownloadAsync(new SourceDownload("s", []), _staging.Path, null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => downloader.DownloadAsync(new SourceDownload("s", [new("../x.csv", url)]), _staging.Path, null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => downloader.DownloadAsync(new SourceDownload("s", [new("a.csv", url), new("A.CSV", url)]), _staging.Path, null, CancellationToken.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ListDownloader(_http, new DownloadOptions { MaxAttempts = 0 }));
    }

    [Fact]
    public async Task UnreachableServerIsAFailedResultNotAnException()
    {
        var source = new SourceDownload("test", [new("dpl.txt", new Uri("http://127.0.0.1:1/dpl.txt"))]);

        var result = await new ListDownloader(_http, Fast with { MaxAttempts = 2 }).DownloadAsync(source, _staging.Path, null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("network error", result.Error, StringComparison.Ordinal);
        Assert.Contains("after 2 attempts", result.Error, StringComparison.Ordinal);
    }

    private Task<DownloadResult> DownloadAsync(string source, string folder, DownloadOptions? options = null, IProgress<DownloadProgress>? progress = null) =>
        new ListDownloader(_http, options ?? Fast).DownloadAsync(
            OfficialSources.Resolve(source, Server.Folder(folder)), _staging.Path, progress, CancellationToken.None);

    private string Staged(string name) => Path.Combine(_staging.Path, name);

    private static void AssertSameBytes(string expected, string actual)
    {
        Assert.Equal(new FileInfo(expected).Length, new FileInfo(actual).Length);
        Assert.Equal(Sha256(expected), Sha256(actual));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
