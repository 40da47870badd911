using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Siec.Browser.Tests;

/// <summary>The accessibility check every browser test uses: axe finds no serious or critical WCAG violation.</summary>
public static class Axe
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, page.Url + "\n" + string.Join("\n", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
    }
}
