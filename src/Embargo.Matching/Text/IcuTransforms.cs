using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Embargo.Matching.Text;

/// <summary>
/// The ICU transform id behind each <see cref="Romanizer"/>, the romanisations already made, and one open
/// transliterator per romaniser per thread: an ICU transliterator must not be used by two threads at once, and opening
/// one costs far more than a call. The chains stop short of ICU's Latin-ASCII: it costs five times the romanisation
/// itself (6 µs of 7 for a Russian word), and the folder's table (<see cref="LatinLetters"/>, built from Unicode's
/// decompositions and, for the letters without one, from Latin-ASCII) does the same. The BGN soft and hard signs (ʹ ʺ)
/// and its separating dot (D·EBIDIN) are removed: lists write GRIGOREV or GRIGORYEV, never with a quote.
/// </summary>
internal static class IcuTransforms
{
    private const string Cyrillic = "; Any-Latin; [\\u02B9\\u02BA\\u00B7] Remove";

    private static readonly string[] Ids =
    [
        "Russian-Latin/BGN" + Cyrillic,             // Shugayev, Patrushev
        "Ukrainian-Latin/BGN" + Cyrillic,           // Hryhoriy
        "Belarusian-Latin/BGN" + Cyrillic,
        "Serbian-Latin/BGN" + Cyrillic,
        "Macedonian-Latin/BGN" + Cyrillic,
        "Kazakh-Latin/BGN" + Cyrillic,
        "Mongolian-Latin/BGN" + Cyrillic,
        "Greek-Latin/UNGEGN",
        "Arabic-Latin",                             // Persian letters included (پ → p, گ → g)
        "Hebrew-Latin",                             // ב → b, פ → p: Latin spellings of names keep b and p more than v and f
        "Han-Latin",                                // pinyin, one character at a time (see HanRomanizer)
        "Han-Latin/Names",                          // the same with the surname readings, for a name's first character
        "Katakana-Latin; Hiragana-Latin",
        "NFD; Korean-Latin/BGN; NFC; Latin-ASCII",  // McCune-Reischauer: Pak To Chun (kept per syllable, so Latin-ASCII costs nothing)
        "Any-Latin",
        "Latin-ASCII",
    ];

    [ThreadStatic] private static TransliteratorHandle?[]? t_handles;

    /// <summary>
    /// This thread's transliterator for a romaniser; ICU's generic Any-Latin when this ICU lacks the specific
    /// transform (older versions have fewer BGN tables), null when there is no ICU at all.
    /// </summary>
    public static TransliteratorHandle? For(Romanizer romanizer)
    {
        var handles = t_handles ??= new TransliteratorHandle?[(int)Romanizer.Count];
        var handle = handles[(int)romanizer];
        if (handle is null)
        {
            handle = new TransliteratorHandle(IcuTransliterators.Open(Ids[(int)romanizer]));
            handles[(int)romanizer] = handle;
        }
        if (!handle.IsInvalid) return handle;
        return romanizer == Romanizer.Other ? null : For(Romanizer.Other);
    }

    // Romanisations already made, per romaniser: names repeat their words and syllables (50,000 names hold some 18,000
    // distinct words), and each ICU call costs microseconds. A romanisation depends only on its text and transform.
    private static readonly ConcurrentDictionary<string, string>[] Made = NewMemos();
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>[] MadeBySpan =
        Array.ConvertAll(Made, made => made.GetAlternateLookup<ReadOnlySpan<char>>());
    private const int MaxRemembered = 200_000;
    private const int MaxRememberedLength = 64;
    private static int s_remembered;

    private static ConcurrentDictionary<string, string>[] NewMemos()
    {
        var memos = new ConcurrentDictionary<string, string>[(int)Romanizer.Count];
        for (var i = 0; i < memos.Length; i++) memos[i] = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        return memos;
    }

    /// <summary>
    /// Romanises <paramref name="text"/> and appends the result. Without ICU the text is dropped: the folder keeps
    /// only what it can read, and a name is not matched on letters it cannot compare.
    /// </summary>
    public static void Append(Romanizer romanizer, scoped ReadOnlySpan<char> text, ref CharBuffer output)
    {
        if (text.IsEmpty) return;
        var remember = text.Length <= MaxRememberedLength;
        if (remember && MadeBySpan[(int)romanizer].TryGetValue(text, out var known))
        {
            output.Append(known);
            return;
        }
        var handle = For(romanizer);
        if (handle is null) return;
        // Romanisation grows text: a Han character becomes up to six letters and a space.
        var capacity = text.Length * 8 + 16;
        while (true)
        {
            var rented = System.Buffers.ArrayPool<char>.Shared.Rent(capacity);
            try
            {
                text.CopyTo(rented);
                var length = IcuTransliterators.Transliterate(handle.DangerousGetHandle(), rented, text.Length);
                if (length >= 0)
                {
                    var made = rented.AsSpan(0, length);
                    output.Append(made);
                    if (remember && Volatile.Read(ref s_remembered) < MaxRemembered
                        && MadeBySpan[(int)romanizer].TryAdd(text, made.ToString())) Interlocked.Increment(ref s_remembered);
                    return;
                }
                capacity *= 4;
            }
            finally
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
