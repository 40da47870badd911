using Siec.Cms.Core.Recipes;
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
}

public sealed class SqliteRecipeIntegrityTests() : RecipeIntegrityTests(DatabaseKind.Sqlite);

public sealed class PostgresRecipeIntegrityTests() : RecipeIntegrityTests(DatabaseKind.Postgres);
