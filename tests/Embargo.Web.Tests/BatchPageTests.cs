using Embargo.Testing;
using Microsoft.Playwright;

namespace Embargo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class BatchPageTests(WebFixture web)
{
    // Made-up parties around one the UN lists (KPi.033, RI WON HO, born 17 July 1964).
    private const string BatchCsv = """
        id,name,type,date_of_birth,country
        w-batch-1,Quillon Barthwick,person,1971-03-02,GB
        w-batch-2,Maribel Osterfeld,person,1985-11-30,DE
        w-batch-3,RI WON HO,person,1964-07-17,KP
        w-batch-4,Harrowgate Lantern Supplies Ltd,organization,,IE
        """;

    [BrowserFact]
    public async Task AnUploadedFileIsScreenedWithLiveProgressAndItsResultsDownloadWithTheListedNameMatched()
    {
        using var folder = new TempDirectory();
        var input = folder.Write("customers.csv", BatchCsv.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        var page = await web.SignedInAsync(WebUsers.Screener);
        await page.GetByRole(AriaRole.Link, new() { Name = "Batch" }).ClickAsync();
        await page.GetByLabel("File (CSV or JSON Lines)").SetInputFilesAsync(input);
        await page.GetByLabel("Results as").SelectOptionAsync("csv");
        await Screenshots.SaveAsync(page, "30-batch");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and screen" }).ClickAsync();
        await page.WaitForURLAsync("**/ui/batch/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Job: customers.csv");

        // The page's script (or its refresh) brings the job to its end without a reload by the test.
        var download = page.GetByRole(AriaRole.Link, new() { Name = "Download the results (CSV)" });
        await Assertions.Expect(download).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-field=status]")).ToHaveTextAsync("completed");
        await Assertions.Expect(page.Locator("progress")).ToHaveAttributeAsync("value", "1");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("4 records screened, 1 with matches");
        await Screenshots.SaveAsync(page, "31-batch-job");

        var file = await page.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        Assert.EndsWith("-results.csv", file.SuggestedFilename, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync((await file.PathAsync())!);
        Assert.StartsWith("id,line,status", lines[0], StringComparison.Ordinal);
        var listed = lines.Where(l => l.StartsWith("w-batch-3,", StringComparison.Ordinal)).ToList();
        Assert.Contains(listed, l => l.Contains("RI WON HO", StringComparison.Ordinal) && l.Contains(",true,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("w-batch-1,", StringComparison.Ordinal) && l.Contains(",true,", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "← All jobs" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("customers.csv");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AJobIsHiddenFromAnotherNonAdministratorAndShownToAnAdministrator()
    {
        using var folder = new TempDirectory();
        var input = folder.Write("private.jsonl", "{\"id\":\"w-batch-private\",\"name\":\"Ottoline Varga-Pettersen\"}\n");
        var owner = await web.SignedInAsync(WebUsers.Analyst);
        await owner.GotoAsync("/ui/batch");
        await owner.GetByLabel("File (CSV or JSON Lines)").SetInputFilesAsync(input);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Upload and screen" }).ClickAsync();
        await owner.WaitForURLAsync("**/ui/batch/*");
        var jobPath = new Uri(owner.Url).AbsolutePath;
        await owner.Context.CloseAsync();

        var other = await web.SignedInAsync(WebUsers.Screener);
        Assert.Equal(404, (await other.GotoAsync(jobPath))!.Status);
        Assert.Equal(404, (await other.GotoAsync(jobPath + "?handler=Progress"))!.Status);
        await other.Context.CloseAsync();

        var admin = await web.SignedInAsync(WebUsers.Admin);
        Assert.Equal(200, (await admin.GotoAsync(jobPath))!.Status);
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Job: private.jsonl");
        await admin.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AnEmptyFileIsRefusedWithTheReason()
    {
        using var folder = new TempDirectory();
        var input = folder.Write("empty.csv", "");
        var page = await web.SignedInAsync(WebUsers.Screener);
        await page.GotoAsync("/ui/batch");
        await page.GetByLabel("File (CSV or JSON Lines)").SetInputFilesAsync(input);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and screen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("File:");
        Assert.EndsWith("/ui/batch", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task WithoutJavaScriptTheJobPageRefreshesItselfUntilTheResultsCanBeDownloaded()
    {
        using var folder = new TempDirectory();
        var input = folder.Write("noscript.csv", "id,name,date_of_birth\nw-batch-ns-1,Ri Won Ho,1964-07-17\nw-batch-ns-2,Perpetua Lindqvist-Oyelaran,1990-01-01\n");
        var page = await web.SignedInAsync(WebUsers.Screener, javaScript: false);
        await page.GotoAsync("/ui/batch");
        await page.GetByLabel("File (CSV or JSON Lines)").SetInputFilesAsync(input);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and screen" }).ClickAsync();
        await page.WaitForURLAsync("**/ui/batch/*");
        var download = page.GetByRole(AriaRole.Link, new() { Name = "Download the results (JSON Lines)" });
        await Assertions.Expect(download).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 records screened, 1 with matches");
        var file = await page.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        var lines = await File.ReadAllLinesAsync((await file.PathAsync())!);
        Assert.Contains(lines, l => l.Contains("\"w-batch-ns-1\"", StringComparison.Ordinal) && l.Contains("\"match\":true", StringComparison.Ordinal) && l.Contains("RI WON HO", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task CancellingAJobThatHasEndedIsAConflictAndAnotherUsersJobCannotBeCancelled()
    {
        using var folder = new TempDirectory();
        var input = folder.Write("ended.csv", "id,name\nw-batch-ended-1,Leofric Abernathy-Soto\n");
        var page = await web.SignedInAsync(WebUsers.Analyst);
        await page.GotoAsync("/ui/batch");
        await page.GetByLabel("File (CSV or JSON Lines)").SetInputFilesAsync(input);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and screen" }).ClickAsync();
        await page.WaitForURLAsync("**/ui/batch/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download the results (JSON Lines)" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel the job" })).ToHaveCountAsync(0);
        var jobPath = new Uri(page.Url).AbsolutePath;

        var cancel = await PostCancelAsync(page, jobPath);
        Assert.Equal(409, cancel.Status);
        Assert.Contains("has already ended (completed)", await cancel.TextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();

        var other = await web.SignedInAsync(WebUsers.Screener);
        Assert.Equal(404, (await PostCancelAsync(other, jobPath)).Status);
        await other.Context.CloseAsync();
    }

    /// <summary>The cancel form's POST, made by hand with the user's own anti-forgery token (the button is gone once a job ends).</summary>
    private static async Task<IAPIResponse> PostCancelAsync(IPage page, string jobPath)
    {
        await page.GotoAsync("/ui/batch");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        return await page.APIRequest.PostAsync(jobPath + "?handler=Cancel", new()
        {
            Form = page.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!),
            MaxRedirects = 0,
        });
    }
}
