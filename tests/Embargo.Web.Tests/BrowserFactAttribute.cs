using Embargo.Testing;

namespace Embargo.Web.Tests;

/// <summary>
/// A browser test: needs Debian's chromium and the shared data. Skipped with a clear message when either is
/// absent, except under CI (<c>CI=true</c>), where it runs and fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (SharedData.IsCi) return;
        if (!File.Exists(Browser.ChromiumPath)) Skip = $"{Browser.ChromiumPath} not found: install it with 'apt-get install -y chromium'";
        else if (!SharedData.IsAvailable) Skip = SharedData.SkipReason;
    }
}
