using System.Buffers;

namespace Embargo.Matching.Text;

/// <summary>
/// A growable character buffer that starts on the caller's stack and rents from the shared pool beyond it: the
/// text pipeline builds its strings here so that the only allocation is the final string. Call
/// <see cref="Dispose"/> to return a rented array.
/// </summary>
internal ref struct CharBuffer
{
    /// <summary>Stack space a caller gives the buffer: names are short, so this covers nearly all of them.</summary>
    public const int StackSize = 256;

    private Span<char> _chars;
    private char[]? _rented;

    public CharBuffer(Span<char> initial)
    {
        _chars = initial;
        _rented = null;
        Length = 0;
    }

    public int Length { get; private set; }

    public readonly ReadOnlySpan<char> Written => _chars[..Length];

    public readonly char Last => _chars[Length - 1];

    public void Append(char c)
    {
        if (Length == _chars.Length) Grow(1);
        _chars[Length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars[Length..]);
        Length += text.Length;
    }

    /// <summary>Drops the last <paramref name="count"/> characters.</summary>
    public void Shrink(int count) => Length -= count;

    /// <summary>
    /// The written text as a string; <paramref name="original"/> itself when equal, which spares an allocation
    /// for text that was already in the wanted form.
    /// </summary>
    public readonly string ToString(string original) =>
        Written.SequenceEqual(original) ? original : Written.ToString();

    public override readonly string ToString() => Written.ToString();

    public void Dispose()
    {
        if (_rented is not null) ArrayPool<char>.Shared.Return(_rented);
        _rented = null;
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + needed));
        _chars[..Length].CopyTo(bigger);
        if (_rented is not null) ArrayPool<char>.Shared.Return(_rented);
        _chars = _rented = bigger;
    }
}
