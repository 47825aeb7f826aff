using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// The last spelling similarities this thread computed, by their two tokens: screening one query aligns its tokens
/// with the same listed tokens again and again (KIM, CHOL and YONG are in hundreds of listed names), and each
/// alignment costs a microsecond. A fixed table, direct-mapped, verified on the tokens' letters, no allocation
/// after the first use.
/// </summary>
internal static class SpellingCache
{
    private const int Entries = 4096;
    private const int MaxLength = 40;
    private const int Slot = 2 * MaxLength;

    [ThreadStatic] private static char[]? t_text;
    [ThreadStatic] private static Entry[]? t_entries;

    private struct Entry
    {
        public byte NativeLength;
        public byte LatinLength;
        public SpellingProfile Profile;
        public bool Used;
        public float Similarity;
    }

    public static bool TryGet(ReadOnlySpan<char> native, ReadOnlySpan<char> latin, SpellingProfile profile, out int slot, out double similarity)
    {
        similarity = 0;
        slot = -1;
        if (native.Length > MaxLength || latin.Length > MaxLength) return false;
        var entries = t_entries ??= new Entry[Entries];
        var text = t_text ??= new char[Entries * Slot];
        slot = SlotOf(native, latin, profile);
        ref var entry = ref entries[slot];
        if (!entry.Used || entry.Profile != profile || entry.NativeLength != native.Length || entry.LatinLength != latin.Length) return false;
        var stored = text.AsSpan(slot * Slot, Slot);
        if (!stored[..native.Length].SequenceEqual(native) || !stored.Slice(MaxLength, latin.Length).SequenceEqual(latin)) return false;
        similarity = entry.Similarity;
        return true;
    }

    /// <summary>Stores a similarity in the slot <see cref="TryGet"/> gave (nothing when it gave -1).</summary>
    public static void Set(int slot, ReadOnlySpan<char> native, ReadOnlySpan<char> latin, SpellingProfile profile, double similarity)
    {
        if (slot < 0 || t_entries is not { } entries || t_text is not { } text) return;
        native.CopyTo(text.AsSpan(slot * Slot));
        latin.CopyTo(text.AsSpan(slot * Slot + MaxLength));
        entries[slot] = new Entry
        {
            NativeLength = (byte)native.Length, LatinLength = (byte)latin.Length, Profile = profile, Used = true, Similarity = (float)similarity,
        };
    }

    // FNV-1a over both tokens and the profile.
    private static int SlotOf(ReadOnlySpan<char> native, ReadOnlySpan<char> latin, SpellingProfile profile)
    {
        var hash = 2166136261u;
        foreach (var c in native) hash = (hash ^ c) * 16777619u;
        hash = (hash ^ '|') * 16777619u;
        foreach (var c in latin) hash = (hash ^ c) * 16777619u;
        hash = (hash ^ (uint)profile) * 16777619u;
        return (int)((hash ^ (hash >> 15)) & (Entries - 1));
    }
}
