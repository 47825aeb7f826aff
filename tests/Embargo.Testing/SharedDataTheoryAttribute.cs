using Xunit;

namespace Embargo.Testing;

/// <summary>The theory counterpart of <see cref="SharedDataFactAttribute"/>.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.IsAvailable && !SharedData.IsCi) Skip = SharedData.SkipReason;
    }
}
