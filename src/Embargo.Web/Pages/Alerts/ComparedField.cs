namespace Embargo.Web.Pages.Alerts;

/// <summary>One row of the side-by-side view: a fact as the party gives it, as the list gives it, and whether they agree.</summary>
public sealed record ComparedField(string Label, IReadOnlyList<string> Party, IReadOnlyList<string> Listed, FieldState State)
{
    /// <summary>The words that say the state (never colour alone).</summary>
    public string Cue => State switch
    {
        FieldState.Same => "same",
        FieldState.Differs => "differs",
        _ => "not compared (unknown on one side)",
    };
}
