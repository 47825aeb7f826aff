using System.Runtime.InteropServices;

namespace Embargo.Matching.Text;

/// <summary>
/// The ICU transform id behind each <see cref="Romanizer"/>, and one open transliterator per romaniser per
/// thread: an ICU transliterator must not be used by two threads at once, and opening one costs far more than a
/// call. Every chain ends in Latin-ASCII but Arabic's and Hebrew's, which AbjadRomanizer reads before folding; the BGN soft and hard signs (ʹ ʺ) are removed first, since
/// GRIGORʹYEV is written GRIGOREV or GRIGORYEV in lists, never with a quote, and so is BGN's separating dot (D·EBIDIN).
/// </summary>
internal static class IcuTransforms
{
    private const string Ascii = "; [\\u02B9\\u02BA\\u00B7] Remove; Latin-ASCII";

    private static readonly string[] Ids =
    [
        "Russian-Latin/BGN; Any-Latin" + Ascii,     // Shugayev, Patrushev
        "Ukrainian-Latin/BGN; Any-Latin" + Ascii,   // Hryhoriy
        "Belarusian-Latin/BGN; Any-Latin" + Ascii,
        "Serbian-Latin/BGN; Any-Latin" + Ascii,
        "Macedonian-Latin/BGN; Any-Latin" + Ascii,
        "Kazakh-Latin/BGN; Any-Latin" + Ascii,
        "Mongolian-Latin/BGN; Any-Latin" + Ascii,
        "Greek-Latin/UNGEGN" + Ascii,
        // Without Latin-ASCII: AbjadRomanizer needs ICU's ẖ to tell the h of a digraph (sẖ) from a letter h.
        "Arabic-Latin",                             // Persian letters included (پ → p, گ → g)
        "Hebrew-Latin",                             // ב → b, פ → p: Latin spellings of names keep b and p more than v and f
        "Han-Latin/Names" + Ascii,                  // pinyin, with the surname readings of the first character
        "Katakana-Latin; Hiragana-Latin" + Ascii,
        "NFD; Korean-Latin/BGN; NFC" + Ascii,       // McCune-Reischauer: Pak To Chun
        "Any-Latin" + Ascii,
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

    /// <summary>
    /// Romanises <paramref name="text"/> and appends the result. Without ICU the text is dropped: the folder keeps
    /// only what it can read, and a name is not matched on letters it cannot compare.
    /// </summary>
    public static void Append(Romanizer romanizer, scoped ReadOnlySpan<char> text, ref CharBuffer output)
    {
        var handle = For(romanizer);
        if (handle is null || text.IsEmpty) return;
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
                    output.Append(rented.AsSpan(0, length));
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
