using Embargo.Testing;

namespace Embargo.Web.Tests;

/// <summary>A browser test that also needs axe-core; skipped with the reason when absent, except under CI, where it fails.</summary>
public sealed class AccessibilityFactAttribute : FactAttribute
{
    public AccessibilityFactAttribute()
    {
        if (SharedData.IsCi) return;
        if (!File.Exists(Browser.ChromiumPath)) Skip = $"{Browser.ChromiumPath} not found: install it with 'apt-get install -y chromium'";
        else if (!SharedData.IsAvailable) Skip = SharedData.SkipReason;
        else if (Accessibility.AxePath is null) Skip = Accessibility.SkipReason;
    }
}
