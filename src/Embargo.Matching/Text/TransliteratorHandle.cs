using System.Runtime.InteropServices;

namespace Embargo.Matching.Text;

/// <summary>An open ICU transliterator, closed when its thread's cache is collected.</summary>
internal sealed class TransliteratorHandle : SafeHandle
{
    public TransliteratorHandle(nint handle) : base(0, ownsHandle: true) => SetHandle(handle);

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        IcuTransliterators.Close(handle);
        return true;
    }
}
