using Xunit;

namespace Embargo.Testing;

/// <summary>
/// A fact that needs the shared data: skipped with a clear message when it is absent, except under CI
/// (<c>CI=true</c>), where it runs and fails.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.IsAvailable && !SharedData.IsCi) Skip = SharedData.SkipReason;
    }
}
