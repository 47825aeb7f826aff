using System.Runtime.InteropServices;

namespace Embargo.Matching.Text;

/// <summary>
/// The system ICU library's transliterator functions (utrans_*), found at first use. .NET itself loads ICU for
/// globalization, so on Linux the library is there; its C symbols carry the major version (utrans_openU_72),
/// hence the probe. When no ICU is found, <see cref="IsAvailable"/> is false and callers fall back to stripping.
/// </summary>
internal static unsafe class IcuTransliterators
{
    private const int Forward = 0;          // UTRANS_FORWARD
    private const int BufferOverflow = 15;  // U_BUFFER_OVERFLOW_ERROR

    // ICU major versions to probe, newest first; .NET probes a similar range.
    private const int NewestVersion = 99;
    private const int OldestVersion = 50;

    private static readonly delegate* unmanaged<char*, int, int, char*, int, void*, int*, nint> s_open;
    private static readonly delegate* unmanaged<nint, char*, int*, int, int, int*, int*, void> s_transUChars;
    private static readonly delegate* unmanaged<nint, void> s_close;

    static IcuTransliterators()
    {
        if (!TryLoad(out var library, out var suffix)) return;
        if (NativeLibrary.TryGetExport(library, "utrans_openU" + suffix, out var open)
            && NativeLibrary.TryGetExport(library, "utrans_transUChars" + suffix, out var trans)
            && NativeLibrary.TryGetExport(library, "utrans_close" + suffix, out var close))
        {
            s_open = (delegate* unmanaged<char*, int, int, char*, int, void*, int*, nint>)open;
            s_transUChars = (delegate* unmanaged<nint, char*, int*, int, int, int*, int*, void>)trans;
            s_close = (delegate* unmanaged<nint, void>)close;
            IsAvailable = true;
        }
        if (NativeLibrary.TryGetExport(library, "ucol_open" + suffix, out var collatorOpen)
            && NativeLibrary.TryGetExport(library, "ucol_getRules" + suffix, out var rules)
            && NativeLibrary.TryGetExport(library, "ucol_close" + suffix, out var collatorClose))
        {
            s_collatorOpen = (delegate* unmanaged<byte*, int*, nint>)collatorOpen;
            s_collatorRules = (delegate* unmanaged<nint, int*, char*>)rules;
            s_collatorClose = (delegate* unmanaged<nint, void>)collatorClose;
        }
    }

    private static readonly delegate* unmanaged<byte*, int*, nint> s_collatorOpen;
    private static readonly delegate* unmanaged<nint, int*, char*> s_collatorRules;
    private static readonly delegate* unmanaged<nint, void> s_collatorClose;

    /// <summary>
    /// The tailoring rules of ICU's collation for a locale (ucol_getRules), or empty without ICU: the Korean one
    /// lists the Chinese characters under each Hangul syllable that reads them (&amp;유&lt;&lt;*由油酉有猶唯...).
    /// </summary>
    public static string CollationRules(string locale)
    {
        if (s_collatorOpen == null) return "";
        var name = System.Text.Encoding.ASCII.GetBytes(locale + "\0");
        var status = 0;
        nint collator;
        fixed (byte* p = name) collator = s_collatorOpen(p, &status);
        if (status > 0 || collator == 0) return "";
        try
        {
            var length = 0;
            var rules = s_collatorRules(collator, &length);
            return rules == null || length <= 0 ? "" : new string(rules, 0, length);
        }
        finally
        {
            s_collatorClose(collator);
        }
    }

    public static bool IsAvailable { get; }

    /// <summary>Opens a transliterator for a (compound) transform id; zero when ICU lacks it.</summary>
    public static nint Open(string id)
    {
        if (!IsAvailable) return 0;
        var status = 0;
        nint handle;
        fixed (char* p = id) handle = s_open(p, id.Length, Forward, null, 0, null, &status);
        return status > 0 ? 0 : handle;
    }

    public static void Close(nint handle)
    {
        if (IsAvailable && handle != 0) s_close(handle);
    }

    /// <summary>
    /// Transliterates <paramref name="length"/> characters of <paramref name="buffer"/> in place and returns the new
    /// length, or -1 when the result would not fit (the buffer's content is then undefined).
    /// </summary>
    public static int Transliterate(nint handle, Span<char> buffer, int length)
    {
        var status = 0;
        var textLength = length;
        var limit = length;
        fixed (char* p = buffer) s_transUChars(handle, p, &textLength, buffer.Length, 0, &limit, &status);
        if (status == BufferOverflow || textLength > buffer.Length) return -1;
        return status > 0 ? 0 : textLength;
    }

    private static bool TryLoad(out nint library, out string suffix)
    {
        suffix = "";
        if (OperatingSystem.IsWindows()) return NativeLibrary.TryLoad("icu.dll", out library);
        if (OperatingSystem.IsMacOS()) return NativeLibrary.TryLoad("libicucore.dylib", out library);
        for (var version = NewestVersion; version >= OldestVersion; version--)
        {
            if (!NativeLibrary.TryLoad($"libicui18n.so.{version}", out library)) continue;
            suffix = "_" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        library = 0;
        return false;
    }
}
