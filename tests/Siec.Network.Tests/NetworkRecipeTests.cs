using System.Text.Json.Nodes;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Network.Tests;

/// <summary>Both network recipes validate, import into an empty site, and export back identically.</summary>
public abstract class NetworkRecipeTests(DatabaseKind kind)
{
    [Theory]
    [InlineData("siec-bibliotek-pedagogicznych")]
    [InlineData("nowa-siec")]
    public async Task A_network_recipe_imports_into_an_empty_site_and_exports_back_identically(string name)
    {
        var recipe = RecipeReader.ReadFile(Path.Combine(RepositoryPaths.Recipes, name + ".recipe.json"));
        await using var first = await NetworkSite.CreateAsync(kind);
        var validation = await first.ImportAsync(recipe, validateOnly: true);
        var result = await first.ImportAsync(recipe);
        Assert.Empty(validation.Warnings);
        Assert.Empty(result.Warnings);
        var exported = await first.SnapshotAsync();
        var file = Path.Combine(first.DataPath, "export.recipe.json");
        await File.WriteAllTextAsync(file, exported);

        await using var second = await NetworkSite.CreateAsync(kind);
        await second.ImportAsync(RecipeReader.ReadFile(file));

        Assert.Equal(Normalize(exported), Normalize(await second.SnapshotAsync()));
        Assert.True(JsonNode.Parse(exported)!["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Content")!["data"]!.AsArray().Count >= 10);
    }

    [Fact]
    public async Task Importing_the_default_recipe_again_changes_nothing()
    {
        var recipe = RecipeReader.ReadFile(Path.Combine(RepositoryPaths.Recipes, "siec-bibliotek-pedagogicznych.recipe.json"));
        await using var site = await NetworkSite.CreateAsync(kind);
        await site.ImportAsync(recipe);
        var before = await site.SnapshotAsync();

        await site.ImportAsync(recipe);

        Assert.Equal(before, await site.SnapshotAsync());
    }

    /// <summary>The same JSON text whatever whitespace the export used.</summary>
    private static string Normalize(string recipe) => JsonNode.Parse(recipe)!.ToJsonString();
}

public sealed class SqliteNetworkRecipeTests() : NetworkRecipeTests(DatabaseKind.Sqlite);

public sealed class PostgresNetworkRecipeTests() : NetworkRecipeTests(DatabaseKind.Postgres);
