using Microsoft.Playwright;

namespace Embargo.Web.Tests;

/// <summary>
/// Saves full-page screenshots as test artefacts: <c>$EMBARGO_TEST_ARTIFACTS/ui-screenshots</c>, by default
/// <c>artifacts/ui-screenshots</c> at the repository root (ignored by git).
/// </summary>
public static class Screenshots
{
    public static string Directory { get; } = Locate();

    public static async Task SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Directory, name + ".png"), FullPage = true });
    }

    private static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("EMBARGO_TEST_ARTIFACTS");
        if (!string.IsNullOrEmpty(fromEnv)) return Path.Combine(fromEnv, "ui-screenshots");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Embargo.slnx"))) return Path.Combine(dir.FullName, "artifacts", "ui-screenshots");
        }
        return Path.Combine(Path.GetTempPath(), "embargo-ui-screenshots");
    }
}
