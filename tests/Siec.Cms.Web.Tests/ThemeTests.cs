using System.Text.Json.Nodes;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests;

/// <summary>The theme is files: editing a template changes the site with no C# change and, in Development, no restart.</summary>
public sealed class ThemeTests : IDisposable
{
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "siec-theme-tests", Guid.NewGuid().ToString("n"));

    public ThemeTests() => CopyDirectory(Path.Combine(RepositoryPaths.Root, "themes", "Siec.Theme"), _theme);

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    [Fact]
    public async Task The_theme_has_a_manifest_and_a_template_edit_shows_without_a_restart()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_theme, "Theme.json")))!;
        await using var factory = new SiteFactory(new Dictionary<string, string>
        {
            ["Cms:Setup:AdminPassword"] = "Haslo-123-Sieci",
            ["Cms:ThemePath"] = _theme,
        }, environment: "Development");
        var client = factory.CreateClient();

        var before = await client.GetStringAsync("/o-sieci");
        var template = Path.Combine(_theme, "Views", "Content-Page.liquid");
        await File.WriteAllTextAsync(template, "<h1 class=\"zmieniony\">{{ Model.ContentItem.DisplayText }}</h1>");
        File.SetLastWriteTimeUtc(template, DateTime.UtcNow.AddSeconds(5));
        var after = await client.GetStringAsync("/o-sieci");

        Assert.Equal("Siec.Theme", manifest["name"]!.GetValue<string>());
        Assert.NotNull(manifest["version"]);
        Assert.True(manifest.AsObject().ContainsKey("baseTheme"));
        Assert.DoesNotContain("class=\"zmieniony\"", before);
        Assert.Contains("<h1 class=\"zmieniony\">O sieci</h1>", after);
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var dir in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(source, target));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target));
        }
    }
}
