using Siec.Cms.Core.Data;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Settings;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>Recipes that never surprise: bytes that are not UTF-8 and an item that would change its type are refused, and nothing changes.</summary>
public abstract class RecipeIntegrityTests(DatabaseKind kind)
{
    [Fact]
    public async Task A_recipe_file_that_is_not_UTF8_is_refused_with_the_byte_named()
    {
        await using var site = await TestSite.CreateAsync(kind);
        var before = await site.SnapshotAsync();
        byte[] bytes = [.. "{ \"steps\": [ { \"name\": \"Settings\", \"SiteName\": \"Sie"u8, 0xE6, 0x28, .. "\" } ] }"u8];
        var path = Path.Combine(site.DataPath, "latin2.recipe.json");
        await File.WriteAllBytesAsync(path, bytes);

        var error = Assert.Throws<RecipeException>(() => RecipeReader.ReadFile(path));

        Assert.Contains($"niepoprawny bajt na pozycji {Array.IndexOf(bytes, (byte)0xE6)}", error.Message);
        Assert.Equal(before, await site.SnapshotAsync());
        Assert.Equal("Ąę", RecipeReader.Read([0xEF, 0xBB, 0xBF, .. "{ \"name\": \"Ąę\", \"steps\": [] }"u8], basePath: null).Name);
    }

    [Fact]
    public async Task An_item_cannot_change_its_type_through_a_recipe()
    {
        await using var site = await TestSite.CreateAsync(kind);
        await site.ImportAsync(SiteRecipes.ArticleDefinition);
        await site.ImportAsync("""{ "steps": [ { "name": "Content", "data": [ { "ContentItemId": "staly", "ContentType": "Article", "Latest": true, "Published": true, "TitlePart": { "Title": "Artykuł" } } ] } ] }""");
        var before = await site.SnapshotAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.ImportAsync(
            """{ "steps": [ { "name": "Content", "data": [ { "ContentItemId": "staly", "ContentType": "Shelf", "Latest": true, "Published": true, "TitlePart": { "Title": "Półka" } } ] } ] }"""));

        Assert.Contains("już istnieje jako Article; receptura podaje typ Shelf", error.Message);
        Assert.Contains("krok 1 (Content)", error.Message);
        Assert.Equal(before, await site.SnapshotAsync());
    }

    [Fact]
    public async Task Orchards_generic_and_recipe_script_functions_all_work()
    {
        await using var site = await TestSite.CreateAsync(kind);
        var gzipped = Convert.ToBase64String(Gzip("skompresowane"u8.ToArray()));

        await site.ImportAsync($$"""
            { "variables": { "id": "[js: uuid()]" },
              "steps": [ { "name": "Settings", "SiteName": "[js: log('Information', 'import', 1) || [uuid().length === 26, variables('id').length, base64('xYJkeg=='), html('&lt;b&gt;'), gzip('{{gzipped}}'), tenantname(), getUrlPrefix('/blog')].join('|')]" } ] }
            """);

        Assert.Equal($"true|26|łdz|<b>|{Convert.ToBase64String("skompresowane"u8.ToArray())}|Default|/blog", await SiteNameAsync(site));
    }

    [Theory]
    [InlineData("workflowId()", "OrchardCore.Workflows")]
    [InlineData("queryString('a')", "OrchardCore.Workflows.Http")]
    [InlineData("executeQuery('ostatnie', {})", "OrchardCore.Queries")]
    [InlineData("isAuthenticated()", "OrchardCore.Layers")]
    [InlineData("createContentItem('Article', true, {})", "OrchardCore.Contents")]
    public async Task A_function_of_a_module_we_lack_is_named_or_with_skip_unsupported_left_empty_and_listed(string call, string module)
    {
        await using var site = await TestSite.CreateAsync(kind);
        var before = await site.SnapshotAsync();
        var recipe = $$"""{ "steps": [ { "name": "Settings", "SiteName": "Sieć", "PageTitleFormat": "[js: {{call}}]" } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.ImportAsync(recipe));
        Assert.Contains($"Funkcja '{call[..call.IndexOf('(')]}()' wymaga modułu {module}", error.Message);
        Assert.Contains("PageTitleFormat", error.Message);
        Assert.Equal(before, await site.SnapshotAsync());

        var result = await site.ImportAsync(recipe, skipUnsupported: true);
        Assert.Equal("Sieć", await SiteNameAsync(site));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("PageTitleFormat", warning);
        Assert.Contains(module, warning);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static Task<string> SiteNameAsync(TestSite site) =>
        site.RunAsync<DocumentStore, string>(async d => (await d.GetAsync<SiteSettings>(SiteSettings.DocumentKey)).SiteName);
}

public sealed class SqliteRecipeIntegrityTests() : RecipeIntegrityTests(DatabaseKind.Sqlite);

public sealed class PostgresRecipeIntegrityTests() : RecipeIntegrityTests(DatabaseKind.Postgres);
