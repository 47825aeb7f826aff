using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Hosting;
using Embargo.Hosting.Parties;
using Microsoft.Playwright;

namespace Embargo.Web.Tests;

/// <summary>Parties and alerts for the review tests, made through the hosting services, and forged form posts.</summary>
internal static class ReviewData
{
    /// <summary>UN KPi.033 as listed: a person with a date of birth, so a party like it is a strong potential match.</summary>
    public const string ListedName = "RI WON HO";
    public const string ListedBirthDate = "1964-07-17";

    private static readonly Actor Analyst = new(WebUsers.Analyst.Id, ApiRole.Review, ActorKind.User);

    /// <summary>A unique party id for one test: tests share one server.</summary>
    public static string NewPartyId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";

    /// <summary>Registers a party like UN KPi.033 and returns the alert it raised on that entity.</summary>
    public static async Task<Alert> RaiseAlertAsync(EmbargoEngine engine, string partyId, string? country = null)
    {
        var (_, screening) = await engine.Parties.AddAsync(Analyst, partyId,
            new PartyInput { Name = "Won Ho Ri", Kind = "person", BirthDate = ListedBirthDate, Country = country }, screen: true, CancellationToken.None);
        return Assert.Single(screening!.Raised, a => a.EntityName == ListedName);
    }

    public static async Task<Alert> CurrentAsync(EmbargoEngine engine, long id) =>
        await engine.Alerts.GetAsync(Actor.System, id, CancellationToken.None);

    /// <summary>
    /// Posts a form as the signed-in user of <paramref name="page"/>, with a valid anti-forgery token taken from the page
    /// (any form's token serves the same user), as a hand-made request would, bypassing what the page shows.
    /// </summary>
    public static async Task<IAPIResponse> PostFormAsync(IPage page, string url, IReadOnlyDictionary<string, string> fields)
    {
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value")
                    ?? throw new InvalidOperationException("the page has no anti-forgery token");
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token);
        foreach (var (name, value) in fields) form.Set(name, value);
        return await page.APIRequest.PostAsync(url, new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
    }

    /// <summary>True when a response refuses for lack of a role: 403, or the redirect to the "not allowed" page.</summary>
    public static bool IsRefused(IAPIResponse response) =>
        response.Status == 403
        || (response.Status == 302 && response.Headers.TryGetValue("location", out var location) && location.Contains("/ui/denied", StringComparison.Ordinal));
}
