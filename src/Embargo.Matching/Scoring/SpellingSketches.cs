using Embargo.Matching.Index;

namespace Embargo.Matching.Scoring;

/// <summary>
/// What <see cref="SpellingBound"/> needs of each token of a pair of names, made once per token rather than once per
/// pair of tokens, and only for tokens that get that far: the Latin letters each letter of a native token may be
/// written as, and the letters of each Latin token. Scratch of the calling thread, reused from one pair of names to
/// the next: no allocation after the first.
/// </summary>
internal sealed class SpellingSketches
{
    private const int Width = SpellingAlignment.MaxTokenLength;

    [ThreadStatic] private static SpellingSketches? t_scratch;

    private readonly uint[] _gives = new uint[PreparedName.MaxTokens * Width];
    private readonly uint[] _any = new uint[PreparedName.MaxTokens];
    private readonly uint[] _latinLetters = new uint[PreparedName.MaxTokens];
    private readonly bool[] _nativeMade = new bool[PreparedName.MaxTokens];
    private readonly bool[] _latinMade = new bool[PreparedName.MaxTokens];
    private SpellingBound _bound = null!;

    /// <summary>The thread's sketches, emptied for a new pair of names.</summary>
    public static SpellingSketches For(PreparedName native)
    {
        var scratch = t_scratch ??= new SpellingSketches();
        scratch._bound = SpellingRules.For(native.Profile).Bound;
        Array.Clear(scratch._nativeMade);
        Array.Clear(scratch._latinMade);
        return scratch;
    }

    /// <summary>
    /// True when no spelling similarity can come of native token <paramref name="i"/> and Latin token
    /// <paramref name="j"/>: lengths or first sounds apart (<see cref="SpellingAlignment.MayMeet"/>), or a bound over the
    /// largest allowance their lengths get.
    /// </summary>
    public bool RuledOut(PreparedName native, int i, PreparedName latin, int j)
    {
        var nativeToken = native.Tokens[i];
        var latinToken = TokenSimilarity.Unabbreviated(latin.Tokens[j]);
        if (!SpellingAlignment.MayMeet(nativeToken, latinToken)) return true;
        if (i >= PreparedName.MaxTokens || j >= PreparedName.MaxTokens) return false;
        var gives = _gives.AsSpan(i * Width, nativeToken.Length);
        if (!_nativeMade[i])
        {
            _any[i] = _bound.Gives(nativeToken, gives);
            _nativeMade[i] = true;
        }
        if (!_latinMade[j])
        {
            _latinLetters[j] = SpellingBound.LettersOf(latinToken);
            _latinMade[j] = true;
        }
        var allowance = SpellingAlignment.MaxBudget(Math.Max(nativeToken.Length, latinToken.Length));
        return _bound.Of(nativeToken, gives, _any[i], latinToken, _latinLetters[j], allowance) > allowance;
    }
}
