using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Embargo.Testing;

namespace Embargo.Cli.Tests.Batch;

/// <summary><c>embargo screen --input</c> end to end through the command line, on the built-in demo list.</summary>
public sealed class BatchScreenCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task FileOnTheDemoListFindsShugaevAndExitsWithOne()
    {
        var input = _files.Write("parties.csv", "id,name,dob\nc-1,Dmitry Shugaev,1965-08-11\nc-2,Zorbulon Quaxtiplex,\n");
        var output = Path.Combine(_files.Path, "out.jsonl");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input, "--output", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        var records = BatchFiles.ReadJsonl(output);
        Assert.Equal(["c-1", "c-2"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal([2L, 3L], records.Select(BatchFiles.Line));
        Assert.Equal("demo:shugayev-dmitry", records[0].GetProperty("matches")[0].GetProperty("entity_id").GetString());
        Assert.True(records[0].GetProperty("match").GetBoolean());
        Assert.Empty(records[1].GetProperty("matches").EnumerateArray());
        Assert.Equal("demo", records[0].GetProperty("snapshots")[0].GetProperty("source").GetString());
        Assert.Contains("2 records", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 with matches", run.Error, StringComparison.Ordinal);
        Assert.Contains("demo list", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchMatchCarriesTheSameFieldsAsSingleScreening()
    {
        var input = _files.Write("one.csv", "name\nDmitry Shugaev\n");
        var output = Path.Combine(_files.Path, "one.jsonl");
        await CliRun.ExecAsync(_data.Path, "screen", "--input", input, "--output", output);
        var single = await CliRun.ExecAsync(_data.Path, "screen", "Dmitry Shugaev", "--json");

        var fromBatch = JsonNode.Parse(BatchFiles.ReadJsonl(output)[0].GetProperty("matches")[0].GetRawText());
        var fromSingle = JsonNode.Parse(single.Out)!["matches"]![0];
        Assert.True(JsonNode.DeepEquals(fromSingle, fromBatch), $"{fromSingle}\n{fromBatch}");
    }

    [Fact]
    public async Task NoIdColumnMakesTheLineNumberTheId()
    {
        var input = _files.Write("noid.csv", "full_name\nAlice Example\n\nBob Example\n");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input);

        Assert.True(run.ExitCode == 0, run.ToString());
        var records = BatchFiles.ParseJsonl(run.Out);
        Assert.Equal(["2", "4"], records.Select(r => r.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    [InlineData("|")]
    public async Task DelimiterIsSniffed(string delimiter)
    {
        var input = _files.Write("d.csv", string.Join(delimiter, "id", "name", "nationality") + "\n" +
                                          string.Join(delimiter, "7", "\"Shugaev, Dmitry\"", "Russia") + "\n");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input);

        Assert.True(run.ExitCode == 1, run.ToString());
        var record = BatchFiles.ParseJsonl(run.Out).Single();
        Assert.Equal("7", record.GetProperty("id").GetString());
        Assert.Equal("Shugaev, Dmitry", record.GetProperty("query").GetProperty("name").GetString());
        Assert.Equal("RU", record.GetProperty("query").GetProperty("country").GetString());
    }

    [Fact]
    public async Task MapReadsColumnsWithUnusualNames()
    {
        var input = _files.Write("m.csv", "ref;client;born;name\nA1;Dmitry Shugaev;1965;Someone Else\n");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input, "--map", "client=name", "--map", "born=dob", "--map", "ref=id");

        Assert.True(run.ExitCode == 1, run.ToString());
        var record = BatchFiles.ParseJsonl(run.Out).Single();
        Assert.Equal("A1", record.GetProperty("id").GetString());
        Assert.Equal("Dmitry Shugaev", record.GetProperty("query").GetProperty("name").GetString());
        Assert.Equal("1965", record.GetProperty("query").GetProperty("birth_date").GetString());
    }

    [Fact]
    public async Task RecordWithoutATypeButWithAPersonsAttributesIsScreenedAsAPerson()
    {
        var input = _files.Write("people.csv",
            "id,name,gender,date_of_birth,type\np1,Dmitry Shugaev,male,,\np2,Dmitry Shugaev,,1965,\np3,Dmitry Shugaev,,,\np4,Rosoboronexport,,1965,organization\n");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input);

        var kinds = BatchFiles.ParseJsonl(run.Out).Select(r => r.GetProperty("query").TryGetProperty("kind", out var k) ? k.ToString() : "").ToList();
        Assert.Equal("person", kinds[0], ignoreCase: true);
        Assert.Equal("person", kinds[1], ignoreCase: true);
        Assert.NotEqual("person", kinds[2], StringComparer.OrdinalIgnoreCase);
        Assert.Equal("organization", kinds[3], ignoreCase: true);
    }

    [Fact]
    public async Task FirstMiddleAndLastNamesAreJoinedWhenNoFullName()
    {
        var input = _files.Write("parts.csv", "first_name,middle_name,last_name\nDmitry,Evgenyevich,Shugayev\nDmitry,,Shugaev\n");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input);

        Assert.True(run.ExitCode == 1, run.ToString());
        var records = BatchFiles.ParseJsonl(run.Out);
        Assert.Equal(["Dmitry Evgenyevich Shugayev", "Dmitry Shugaev"], records.Select(r => r.GetProperty("query").GetProperty("name").GetString()));
        Assert.All(records, r => Assert.True(r.GetProperty("match").GetBoolean()));
    }

    [Fact]
    public async Task MalformedRowsAreReportedWithTheirLinesAndSkipped()
    {
        var input = _files.Write("bad.csv",
            "id,name,dob\n" +
            "1,Alice Example,1970\n" +
            "2,\"Bob\nExample\",1971\n" +       // a quoted line break: the next record starts on line 5
            "3,Carol Example\n" +               // line 5: too few fields
            "4,Dan Example,11/08/1965\n" +      // line 6: not a date
            "5,,1972\n" +                       // line 7: no name
            "6,Dmitry Shugaev,1965-08-11\n");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input);

        Assert.True(run.ExitCode == 2, run.ToString());
        var records = BatchFiles.ParseJsonl(run.Out);
        Assert.Equal([2L, 3L, 5L, 6L, 7L, 8L], records.Select(BatchFiles.Line));
        Assert.Equal(["ok", "ok", "error", "error", "error", "ok"], records.Select(BatchFiles.Status));
        Assert.Contains("2 fields where the header has 3", records[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("11/08/1965", records[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(records[5].GetProperty("match").GetBoolean());
        Assert.Contains("3 errors", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StrictStopsAtTheFirstMalformedRowNamingItsLine()
    {
        var input = _files.Write("bad.csv", "id,name,dob\n1,Alice Example,1970\n2,Bob Example,yesterday\n3,Dmitry Shugaev,\n");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input, "--strict");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("bad.csv line 3", run.Error, StringComparison.Ordinal);
        Assert.Contains("yesterday", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Dmitry", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLinesInputReportsABrokenLineAndGoesOn()
    {
        var input = _files.Write("in.jsonl",
            "{\"customer_id\": 17, \"full_name\": \"Dmitry Shugaev\", \"type\": \"person\"}\n" +
            "{\"customer_id\": 18, \"full_name\": \"Alice\n" +
            "\n" +
            "[1, 2]\n" +
            "{\"customer_id\": 19, \"first_name\": \"Alice\", \"last_name\": \"Example\"}\n");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input);

        Assert.True(run.ExitCode == 2, run.ToString());
        var records = BatchFiles.ParseJsonl(run.Out);
        Assert.Equal([1L, 2L, 4L, 5L], records.Select(BatchFiles.Line));
        Assert.Equal(["ok", "error", "error", "ok"], records.Select(BatchFiles.Status));
        Assert.Equal("17", records[0].GetProperty("id").GetString());
        Assert.Equal("person", records[0].GetProperty("query").GetProperty("kind").GetString());
        Assert.Equal("Alice Example", records[3].GetProperty("query").GetProperty("name").GetString());
    }

    [Fact]
    public async Task CsvOutputHasARowPerMatchAndARowPerRecordWithout()
    {
        var input = _files.Write("p.csv", "id,name,dob\nc-1,Dmitry Shugaev,1965-08-11\nc-2,Zorbulon Quaxtiplex,\nc-3,Alice,never\n");
        var output = Path.Combine(_files.Path, "out.csv");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input, "--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        var lines = File.ReadAllLines(output);
        Assert.StartsWith("id,line,status,error,query_name,entity_id,source,source_id,kind,name,matched_name,score,match,programs,explanation", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("c-1,2,ok,,Dmitry Shugaev,demo:shugayev-dmitry,demo,shugayev-dmitry,person,", lines[1], StringComparison.Ordinal);
        Assert.Contains("name_similarity +", lines[1], StringComparison.Ordinal);
        Assert.Equal("c-2,3,ok,,Zorbulon Quaxtiplex,,,,,,,,,,", lines[2]);
        Assert.StartsWith("c-3,4,error,", lines[3], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task SummaryIsWrittenBesideTheOutput()
    {
        var input = _files.Write("s.csv", "name\nDmitry Shugaev\nAlice Example\n");
        var output = Path.Combine(_files.Path, "s.jsonl");

        await CliRun.ExecAsync(_data.Path, "screen", "--input", input, "--output", output);

        using var summary = JsonDocument.Parse(File.ReadAllText(output + ".summary.json"));
        Assert.Equal(2, summary.RootElement.GetProperty("records").GetInt64());
        Assert.Equal(1, summary.RootElement.GetProperty("with_matches").GetInt64());
        Assert.Equal(0, summary.RootElement.GetProperty("errors").GetInt64());
        Assert.True(summary.RootElement.GetProperty("records_per_second").GetDouble() > 0);
        Assert.Equal("demo", summary.RootElement.GetProperty("snapshots")[0].GetProperty("source").GetString());
        Assert.False(File.Exists(output + ".checkpoint.json"));
    }

    [Fact]
    public async Task Windows1252InputIsDecoded()
    {
        var input = Path.Combine(_files.Path, "legacy.csv");
        File.WriteAllBytes(input, Encoding.Latin1.GetBytes("name\nJürgen Müller\n"));

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input);

        Assert.Equal("Jürgen Müller", BatchFiles.ParseJsonl(run.Out).Single().GetProperty("query").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Utf8WithBomHasItsFirstColumnRecognised()
    {
        var input = _files.Write("bom.csv", "customer_id,name\nX9,Alice Example\n", new UTF8Encoding(true));

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input);

        Assert.Equal("X9", BatchFiles.ParseJsonl(run.Out).Single().GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(new[] { "screen" }, "NAME or --input")]
    [InlineData(new[] { "screen", "Alice", "--input", "x.csv" }, "not both")]
    [InlineData(new[] { "screen", "Alice", "--output", "x.jsonl" }, "--output needs --input")]
    [InlineData(new[] { "screen", "--input", "in.csv", "--map", "a=shoe_size" }, "shoe_size")]
    [InlineData(new[] { "screen", "--input", "in.csv", "--format", "xml" }, "--format")]
    [InlineData(new[] { "screen", "--input", "in.csv", "--map", "nosuch=name" }, "nosuch")]
    [InlineData(new[] { "screen", "--input", "missing.csv" }, "missing.csv")]
    public async Task BadBatchArgumentsAreErrorsNamingThem(string[] args, string expected)
    {
        _files.Write("in.csv", "name\nAlice\n");
        var resolved = args.Select(a => a.EndsWith(".csv", StringComparison.Ordinal) ? Path.Combine(_files.Path, a) : a).ToArray();

        var run = await CliRun.ExecAsync(_data.Path, resolved);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderWithoutANameColumnIsAnErrorSayingHowToMapOne()
    {
        var input = _files.Write("n.csv", "client,born\nAlice,1970\n");

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--map", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 1", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
        _files.Dispose();
    }
}
