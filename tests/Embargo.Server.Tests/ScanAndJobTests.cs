using System.Text;
using System.Text.Json;

namespace Embargo.Server.Tests;

public sealed class ScanAndJobTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    private const string Article = "Officials said Dmitry Shugayev met buyers in Ankara, while a spokesman for the ministry declined to comment.";

    [Fact]
    public async Task ScanningPlainTextFindsTheMentionWithOffsets()
    {
        using var response = await fixture.Screen.PostAsync("/v1/scan", new StringContent(Article, Encoding.UTF8, "text/plain"));
        var body = await Json.ReadAsync(response);
        Assert.Equal(200, (int)response.StatusCode);
        var mention = body.GetProperty("strong").EnumerateArray().First();
        Assert.Equal("demo:shugayev-dmitry", mention.GetProperty("entity").GetProperty("id").GetString());
        var start = mention.GetProperty("start").GetInt32();
        var length = mention.GetProperty("length").GetInt32();
        Assert.Equal("Dmitry Shugayev", Article.Substring(start, length));
    }

    [Fact]
    public async Task ScanningJsonNeedsTheTextField()
    {
        var (status, body) = await Json.PostAsync(fixture.Screen, "/v1/scan", """{"txt": "x"}""");
        Assert.Equal(400, status);
        Assert.Equal("text", body.GetProperty("field").GetString());
    }

    [Fact]
    public async Task ABatchJobRunsToResultsOnlyItsOwnerCanSee()
    {
        const string csv = "id,name,dob\nc1,Dmitry Shugaev,1965\nc2,Maria Gonzalez Fernandez,1980-02-03\nc3,Rosoboronexport,\n";
        using var submit = await fixture.Screen.PostAsync("/v1/jobs?name=customers.csv", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(202, (int)submit.StatusCode);
        var id = (await Json.ReadAsync(submit)).GetProperty("id").GetString()!;

        JsonElement job = default;
        for (var i = 0; i < 300; i++)
        {
            (_, job) = await Json.GetAsync(fixture.Screen, $"/v1/jobs/{id}");
            if (job.GetProperty("status").GetString() is "completed" or "failed") break;
            await Task.Delay(100);
        }
        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal(3, job.GetProperty("records").GetInt64());
        Assert.Equal(2, job.GetProperty("with_matches").GetInt64());

        var lines = (await fixture.Screen.GetStringAsync($"/v1/jobs/{id}/results")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("demo:shugayev-dmitry", lines[0], StringComparison.Ordinal);

        Assert.Equal(404, (await Json.GetAsync(fixture.Review, $"/v1/jobs/{id}")).Status);
        Assert.Equal(200, (await Json.GetAsync(fixture.Admin, $"/v1/jobs/{id}")).Status);
        using var cancel = await fixture.Screen.DeleteAsync($"/v1/jobs/{id}");
        Assert.Equal(409, (int)cancel.StatusCode);
    }

    [Fact]
    public async Task ABadJobRequestIs400NamingTheParameter()
    {
        using var badMap = await fixture.Screen.PostAsync("/v1/jobs?map=client", new StringContent("name\nA B\n"));
        Assert.Equal("map", (await Json.ReadAsync(badMap)).GetProperty("field").GetString());
        using var empty = await fixture.Screen.PostAsync("/v1/jobs", new StringContent(""));
        Assert.Equal(400, (int)empty.StatusCode);
    }
}
