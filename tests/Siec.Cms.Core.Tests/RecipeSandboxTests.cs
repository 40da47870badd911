using System.Diagnostics;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Settings;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>
/// A recipe comes from anyone with the Import permission: it reads only its own package's files, only the
/// configuration meant for recipes, and its scripts cannot run forever. Each attack is refused and changes nothing.
/// </summary>
public abstract class RecipeSandboxTests(DatabaseKind kind)
{
    private const string Secret = "tajne-haslo-smtp";

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../../../etc/passwd")]
    [InlineData("../../inny-pakiet/sekret.txt")]
    public async Task File_expressions_cannot_read_outside_the_recipes_package(string path)
    {
        await using var site = await TestSite.CreateAsync(kind);
        var package = Package(site);
        var before = await site.SnapshotAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.ImportAsync(
            $$"""{ "steps": [ { "name": "Settings", "SiteName": "[file: text('{{path}}')]" } ] }""", basePath: package));

        Assert.Contains("poza folderem receptury", error.Message);
        Assert.DoesNotContain("root:", error.Message);
        Assert.DoesNotContain("sekret", await site.SnapshotAsync());
        Assert.Equal(before, await site.SnapshotAsync());
    }

    [Fact]
    public async Task A_media_step_cannot_publish_a_file_from_outside_its_package()
    {
        await using var site = await TestSite.CreateAsync(kind);

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.ImportAsync(
            """{ "steps": [ { "name": "media", "Files": [ { "TargetPath": "env.txt", "SourcePath": "../../../proc/self/environ" } ] } ] }""",
            basePath: Package(site)));

        Assert.Contains("poza folderem receptury", error.Message);
        Assert.Contains("SourcePath", error.Message);
        Assert.False(File.Exists(Path.Combine(site.DataPath, "Media", "env.txt")));
    }

    [Fact]
    public async Task A_recipe_reads_files_of_its_own_package_and_an_uploaded_one_reads_none()
    {
        await using var site = await TestSite.CreateAsync(kind);
        var package = Package(site);

        await site.ImportAsync("""{ "steps": [ { "name": "Settings", "SiteName": "[file: text('../wwwroot/nazwa.txt')]" } ] }""", basePath: package);
        var uploaded = await Assert.ThrowsAsync<RecipeException>(() => site.ImportAsync(
            RecipeReader.Read("""{ "steps": [ { "name": "Settings", "SiteName": "[file: text('nazwa.txt')]" } ] }""", basePath: null)));

        Assert.Equal("Sieć z pakietu", await SiteNameAsync(site));
        Assert.Contains("przesłana przez przeglądarkę nie może czytać plików", uploaded.Message);
    }

    [Fact]
    public async Task Configuration_gives_a_recipe_only_the_section_meant_for_recipes()
    {
        await using var site = await TestSite.CreateAsync(kind, configuration: new Dictionary<string, string?>
        {
            ["Cms:Mail:Password"] = Secret,
            ["Cms:Recipes:Configuration:Region"] = "mazowieckie",
        });

        await site.ImportAsync("""
            { "steps": [ { "name": "Settings",
              "SiteName": "[js: configuration('Cms:Mail:Password', 'brak') + '|' + configuration('ConnectionStrings:Cms', 'brak') + '|' + configuration('Region', '')]" } ] }
            """);

        Assert.Equal("brak|brak|mazowieckie", await SiteNameAsync(site));
        Assert.DoesNotContain(Secret, await site.SnapshotAsync());
    }

    [Theory]
    [InlineData("[js: while(true){}]", false)]
    [InlineData("[file: while(true){}]", false)]
    [InlineData("[js: (function f(){ return f(); })()]", false)]
    [InlineData("[js: (function(){ var a = []; while(true){ a.push('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'); } })()]", false)]
    [InlineData("[file: while(true){}]", true)]
    public async Task A_script_that_never_ends_is_stopped_with_a_clear_error(string expression, bool validateOnly)
    {
        await using var site = await TestSite.CreateAsync(kind);
        var before = await site.SnapshotAsync();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.ImportAsync(
            RecipeReader.Read($$"""{ "steps": [ { "name": "Settings", "SiteName": "{{expression}}" } ] }""", Package(site)), validateOnly: validateOnly));

        Assert.Contains("nie dało się obliczyć", error.Message);
        Assert.Contains("krok 1 (Settings)", error.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.Equal(before, await site.SnapshotAsync());
    }

    /// <summary>A recipe package as Orchard lays one out: <c>Recipes/</c> beside <c>wwwroot/</c>, and a file outside it.</summary>
    private static string Package(TestSite site)
    {
        var root = Path.Combine(site.DataPath, "pakiet");
        Directory.CreateDirectory(Path.Combine(root, "Recipes"));
        Directory.CreateDirectory(Path.Combine(root, "wwwroot"));
        File.WriteAllText(Path.Combine(root, "wwwroot", "nazwa.txt"), "Sieć z pakietu");
        Directory.CreateDirectory(Path.Combine(site.DataPath, "inny-pakiet"));
        File.WriteAllText(Path.Combine(site.DataPath, "inny-pakiet", "sekret.txt"), "sekret");
        return Path.Combine(root, "Recipes");
    }

    private static Task<string> SiteNameAsync(TestSite site) =>
        site.RunAsync<DocumentStore, string>(async d => (await d.GetAsync<SiteSettings>(SiteSettings.DocumentKey)).SiteName);
}

public sealed class SqliteRecipeSandboxTests() : RecipeSandboxTests(DatabaseKind.Sqlite);

public sealed class PostgresRecipeSandboxTests() : RecipeSandboxTests(DatabaseKind.Postgres);
