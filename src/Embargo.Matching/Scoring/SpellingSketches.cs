using Embargo.Matching.Index;

namespace Embargo.Matching.Scoring;

/// <summary>
/// What <see cref="SpellingBound"/> needs of each token of a pair of names, made once per token rather than once per
/// pair of tokens: the Latin letters each letter of a native token may be written as, and the letters of each Latin
/// token. Scratch of the calling thread, reused from one pair of names to the next: no allocation after the first.
/// </summary>
internal sealed class SpellingSketches
{
    private const int Width = SpellingAlignment.MaxTokenLength;

    [ThreadStatic] private static SpellingSketches? t_scratch;

    private readonly uint[] _gives = new uint[PreparedName.MaxTokens * Width];
    private readonly uint[] _any = new uint[PreparedName.MaxTokens];
    private readonly uint[] _latinLetters = new uint[PreparedName.MaxTokens];
    private SpellingBound _bound = null!;

    /// <summary>The sketches of the open tokens of both names (the others are left as they were).</summary>
    public static SpellingSketches Of(PreparedName native, ReadOnlySpan<bool> nativeOpen, PreparedName latin, ReadOnlySpan<bool> latinOpen)
    {
        var scratch = t_scratch ??= new SpellingSketches();
        scratch._bound = SpellingRules.For(native.Profile).Bound;
        for (var i = 0; i < native.Length && i < PreparedName.MaxTokens; i++)
        {
            var token = native.Tokens[i];
            if (nativeOpen[i] && token.Length <= Width) scratch._any[i] = scratch._bound.Gives(token, scratch._gives.AsSpan(i * Width, token.Length));
        }
        for (var j = 0; j < latin.Length && j < PreparedName.MaxTokens; j++)
        {
            if (latinOpen[j]) scratch._latinLetters[j] = SpellingBound.LettersOf(TokenSimilarity.Unabbreviated(latin.Tokens[j]));
        }
        return scratch;
    }

    /// <summary>
    /// True when no spelling similarity can come of native token <paramref name="i"/> and Latin token
    /// <paramref name="j"/> (both open): too long to align, or a bound over the largest allowance their lengths get.
    /// </summary>
    public bool RuledOut(PreparedName native, int i, PreparedName latin, int j)
    {
        var nativeToken = native.Tokens[i];
        var latinToken = TokenSimilarity.Unabbreviated(latin.Tokens[j]);
        // The alignment gives such tokens nothing (see SpellingAlignment.Similarity).
        if (nativeToken.Length == 0 || latinToken.Length == 0 || nativeToken.Length > Width || latinToken.Length > Width) return true;
        if (i >= PreparedName.MaxTokens || j >= PreparedName.MaxTokens) return false;
        var allowance = SpellingAlignment.MaxBudget(Math.Max(nativeToken.Length, latinToken.Length));
        return _bound.Of(nativeToken, _gives.AsSpan(i * Width, nativeToken.Length), _any[i], latinToken, _latinLetters[j], allowance) > allowance;
    }
}
