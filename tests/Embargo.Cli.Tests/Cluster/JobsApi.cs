using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Embargo.Cli.Tests.Cluster;

/// <summary>The batch job endpoints as the cluster tests use them.</summary>
internal static class JobsApi
{
    public static async Task<string> SubmitAsync(HttpClient client, string csv)
    {
        using var response = await client.PostAsync("/v1/jobs?name=parties.csv", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 202, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/v1/jobs/{id}"));

    /// <summary>Polls until the job has ended (any node may run it) or the deadline passes; returns its last state.</summary>
    public static async Task<JsonElement> WaitForEndAsync(HttpClient client, string id, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        JsonElement job;
        do
        {
            job = await GetAsync(client, id);
            if (job.GetProperty("status").GetString() is "completed" or "failed" or "cancelled") return job;
            await Task.Delay(250);
        }
        while (DateTime.UtcNow < until);
        return job;
    }

    public static async Task<byte[]> ResultsAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/v1/jobs/{id}/results");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, Encoding.UTF8.GetString(body));
        return body;
    }

    /// <summary>Invented parties (no real names): syllables combined, with a few birth years.</summary>
    public static string Parties(int count)
    {
        string[] given = ["Arven", "Beluna", "Corvid", "Dessa", "Elorin", "Fennick", "Galvan", "Hestra", "Ilvane", "Jorund", "Kessa", "Lorcan"];
        string[] family = ["Quarrington", "Vashko", "Morwenna", "Tallisker", "Brennack", "Oduvar", "Peskine", "Rhydock", "Sallowen", "Tarnby", "Ulverd"];
        var csv = new StringBuilder("id,name,dob\n");
        for (var i = 0; i < count; i++)
        {
            var name = $"{given[i % given.Length]} {family[i / given.Length % family.Length]}{(i % 7 == 0 ? "ov" : "")} {given[i / 131 % given.Length]}";
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"p{i},{name},{1940 + i % 60}\n");
        }
        return csv.ToString();
    }
}
