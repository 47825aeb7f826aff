using Embargo.Core.Access;
using Embargo.Core.Review;
using Embargo.Hosting;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Parties;

/// <summary>Registers a party and screens it, raising its alerts, as <c>POST /v1/parties</c> does.</summary>
[Authorize(Policy = WebPolicies.Review)]
public sealed class AddPartyModel(EmbargoEngine engine) : PageModel
{
    [BindProperty]
    public PartyForm Form { get; set; } = new();

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (party, screening) = await engine.Parties.AddAsync(WebUser.ActorOf(User), Form.Id ?? "", Form.ToInput(), screen: true, cancellationToken);
            return RedirectToPage("/Parties/Party", new { id = party.Id, raised = screening?.Raised.Count ?? 0 });
        }
        catch (InvalidRequestException e)
        {
            return Refused(StatusCodes.Status400BadRequest, $"{FieldLabel(e.Field)}{e.Message}.");
        }
        catch (ConflictException e)
        {
            return Refused(StatusCodes.Status409Conflict, $"Not added: {e.Message}.");
        }
        catch (AccessDeniedException e)
        {
            return Refused(StatusCodes.Status403Forbidden, $"Not allowed: {e.Message}.");
        }
    }

    private PageResult Refused(int status, string error)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }

    private static string FieldLabel(string? field) => field switch
    {
        null => "",
        "id" => "Id: ",
        "name" => "Name: ",
        "kind" => "Kind: ",
        "birth_date" => "Date of birth: ",
        "country" => "Country: ",
        "gender" => "Gender: ",
        "aliases" => "Other names: ",
        "address" => "Address: ",
        _ => field + ": ",
    };
}
