using System.Text.Json;
using Embargo.Testing;

namespace Embargo.Cli.Tests;

public sealed class ScreeningCommandsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task ScreeningOnTheDemoListFindsShugayevAndSaysItIsDemoData()
    {
        var run = await CliRun.ExecAsync(_data.Path, "screen", "Dmitry Shugayev", "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("demo_data").GetBoolean());
        Assert.Equal("demo", json.RootElement.GetProperty("snapshots")[0].GetProperty("source").GetString());
        Assert.Equal("demo:shugayev-dmitry", json.RootElement.GetProperty("matches")[0].GetProperty("entity_id").GetString());
    }

    [SharedDataFact]
    public async Task ScreenJsonCarriesTheDocumentedFields()
    {
        Assert.Equal(0, (await CliRun.ExecAsync(_data.Path, "lists", "import", SharedData.Path("lists", "ofac-sdn-2024-05"))).ExitCode);

        var run = await CliRun.ExecAsync(_data.Path, "screen", "Dmitry Shugaev", "--type", "person", "--dob", "1965-08-11", "--country", "Russia", "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var match = json.RootElement.GetProperty("matches")[0];
        Assert.Equal("us-ofac-sdn:35746", match.GetProperty("entity_id").GetString());
        Assert.Equal("us-ofac-sdn", match.GetProperty("source").GetString());
        Assert.Equal("35746", match.GetProperty("source_id").GetString());
        Assert.Equal("person", match.GetProperty("kind").GetString());
        Assert.Equal("SHUGAYEV, Dmitry", match.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(match.GetProperty("matched_name").GetString()));
        Assert.True(match.GetProperty("match").GetBoolean());
        Assert.True(match.GetProperty("score").GetDouble() >= 0.9);
        Assert.Equal("RUSSIA-EO14024", match.GetProperty("programs")[0].GetString());
        var features = match.GetProperty("explanation").GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Contains("name_similarity", features);
        Assert.Contains("dob_match", features);
        Assert.Contains("country_match", features);
        Assert.Equal("us-ofac-sdn", json.RootElement.GetProperty("snapshots")[0].GetProperty("source").GetString());
        Assert.False(json.RootElement.GetProperty("demo_data").GetBoolean());
    }

    [Fact]
    public async Task NameNobodyHasExitsWithZero()
    {
        var run = await CliRun.ExecAsync(_data.Path, "screen", "Zorbulon Quaxtiplex");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No listed party", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareExplainsAMatch()
    {
        var run = await CliRun.ExecAsync(_data.Path, "compare", "AL-QAIDA", "AL QAIDA", "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("match").GetBoolean());
        Assert.NotEmpty(json.RootElement.GetProperty("explanation").GetProperty("alignment").EnumerateArray());
    }

    [Theory]
    [InlineData("--dob", "11 Aug 1965")]
    [InlineData("--type", "spaceship")]
    [InlineData("--country", "Atlantis")]
    [InlineData("--threshold", "1.5")]
    public async Task BadQueryOptionIsAnErrorNamingIt(string option, string value)
    {
        var run = await CliRun.ExecAsync(_data.Path, "screen", "Dmitry Shugayev", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
