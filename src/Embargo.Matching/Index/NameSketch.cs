using Embargo.Matching.Scoring;
using Embargo.Matching.Text;

namespace Embargo.Matching.Index;

/// <summary>
/// A prepared name's tokens as <see cref="TokenSketch"/>es, for the score bound. Made after the name is weighed:
/// listed names when the index is built, a query once per screen.
/// </summary>
internal sealed class NameSketch
{
    private NameSketch(TokenSketch[] tokens) => Tokens = tokens;

    public TokenSketch[] Tokens { get; }

    public static NameSketch Of(PreparedName name)
    {
        var tokens = new TokenSketch[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            var token = name.Tokens[i];
            var flags = TokenSketchFlags.None;
            if (name.Roles[i] == TokenRole.Word) flags |= TokenSketchFlags.Word;
            if (NameAligner.IsAncestry(name, i)) flags |= TokenSketchFlags.Ancestry;
            if (token.AsSpan().IndexOfAnyInRange('0', '9') >= 0) flags |= TokenSketchFlags.Digit;
            if (name.Numbers[i] >= 0) flags |= TokenSketchFlags.Number;
            if (name.GivenNameFamilies[i].Length > 0) flags |= TokenSketchFlags.GivenName;
            if (name.LegalClasses[i] is not null) flags |= TokenSketchFlags.LegalForm;
            tokens[i] = new TokenSketch(token, name.Keys[i], name.Weights[i], flags);
        }
        return new NameSketch(tokens);
    }
}
