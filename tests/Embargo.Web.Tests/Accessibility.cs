using Microsoft.Playwright;

namespace Embargo.Web.Tests;

/// <summary>
/// Runs axe-core (pinned in tools/a11y, installed by scripts/test from npm) in a page and returns the WCAG 2 A/AA rules
/// it breaks: labels, names, contrast, landmarks, ARIA.
/// </summary>
public static class Accessibility
{
    public static string? AxePath { get; } = Locate();

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxePath ?? throw new InvalidOperationException(SkipReason) });
        return await page.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
    }

    public static string SkipReason => "axe-core not installed: run 'npm ci --prefix tools/a11y' (scripts/test does it when npm is reachable)";

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Embargo.slnx"))) continue;
            var axe = Path.Combine(dir.FullName, "tools", "a11y", "node_modules", "axe-core", "axe.min.js");
            return File.Exists(axe) ? axe : null;
        }
        return null;
    }
}
