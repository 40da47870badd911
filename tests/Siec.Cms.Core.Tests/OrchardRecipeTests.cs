using System.Text.Json.Nodes;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>Real Orchard Core recipes (TestData/OrchardRecipes, BSD-3-Clause) as test data.</summary>
public sealed class OrchardRecipeTests
{
    [Theory]
    [InlineData("saas.recipe.json", new string[0])]
    [InlineData("headless.recipe.json", new string[0])]
    [InlineData("blog.recipe.json", new[] { "7: MediaProfiles", "9: layers", "10: queries", "11: AdminMenu" })]
    public async Task Real_recipes_validate_with_unsupported_steps_listed_by_name(string file, string[] skipped)
    {
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        var recipe = RecipeReader.Read(File.ReadAllText(Path.Combine(RepositoryPaths.OrchardRecipes, file)), BlogStandIns(site));

        var result = await site.ImportAsync(recipe, skipUnsupported: true, validateOnly: true);

        Assert.Equal(skipped, result.SkippedSteps);
        Assert.Contains(result.Warnings, w => w.Contains("OrchardCore.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Blog_recipe_without_skipping_is_refused_at_its_first_unsupported_step()
    {
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        var recipe = RecipeReader.Read(File.ReadAllText(Path.Combine(RepositoryPaths.OrchardRecipes, "blog.recipe.json")), BlogStandIns(site));

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.ImportAsync(recipe));

        Assert.Contains("krok 7 (MediaProfiles)", error.Message);
    }

    [Fact]
    public async Task Blog_recipe_imports_its_types_and_every_item_readable_back_through_export()
    {
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.OrchardRecipes, "blog.recipe.json"));
        var recipe = RecipeReader.Read(text, BlogStandIns(site));

        await site.ImportAsync(recipe, skipUnsupported: true);

        var definitions = await site.RunAsync<ContentDefinitionManager, ContentDefinitionDocument>(d => d.LoadAsync());
        string[] blogTypes = ["Blog", "BlogPost", "Article", "Page", "Tag", "Category", "Container", "Blockquote", "Image", "Paragraph", "RawHtml"];
        Assert.All(blogTypes, t => Assert.NotNull(definitions.FindType(t)));

        var exported = JsonNode.Parse(await site.SnapshotAsync())!["steps"]!.AsArray()
            .Single(s => s!["name"]!.GetValue<string>() == "Content")!["data"]!.AsArray().Select(i => i!.AsObject()).ToList();
        var contentStep = recipe.Steps.Select((s, i) => (Name: s!["name"]!.GetValue<string>(), Index: i)).Single(s => s.Name == "content").Index;
        var source = recipe.ReadData(contentStep).ToList();
        Assert.Equal(source.Count, exported.Count);
        Assert.Equal(source.Select(s => s!["DisplayText"]!.GetValue<string>()).Order(), exported.Select(e => e["DisplayText"]!.GetValue<string>()).Order());

        var tags = exported.Single(e => e["DisplayText"]!.GetValue<string>() == "Tags");
        Assert.Equal(["Earth", "Exploration", "Space"], tags["TaxonomyPart"]!["Terms"]!.AsArray().Select(t => t!["DisplayText"]!.GetValue<string>()));
        var menu = exported.Single(e => e["ContentType"]!.GetValue<string>() == "Menu");
        Assert.Equal("~/about", menu["MenuItemsListPart"]!["MenuItems"]![1]!["LinkMenuItemPart"]!["Url"]!.GetValue<string>());
        var post = exported.Single(e => e["ContentType"]!.GetValue<string>() == "BlogPost");
        var blog = exported.Single(e => e["ContentType"]!.GetValue<string>() == "Blog");
        Assert.Equal(blog["ContentItemId"]!.GetValue<string>(), post["ContainedPart"]!["ListContentItemId"]!.GetValue<string>());
        Assert.Equal("blog/post-1", post["AutoroutePart"]!["Path"]!.GetValue<string>());
        Assert.Equal(3, post["BlogPost"]!["Tags"]!["TermContentItemIds"]!.AsArray().Count);
        Assert.Equal("<p>stopka</p>", exported.Single(e => e["ContentType"]!.GetValue<string>() == "RawHtml")["RawHtml"]!["Content"]!["Html"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(site.DataPath, "Media", "post-bg.jpg")));
    }

    /// <summary>Stand-ins for the files the blog recipe points to; returns the folder to read the recipe from.</summary>
    private static string BlogStandIns(TestSite site)
    {
        var recipes = Path.Combine(site.DataPath, "theme", "Recipes");
        Directory.CreateDirectory(Path.Combine(recipes, "Snippets"));
        File.WriteAllText(Path.Combine(recipes, "Snippets", "footer.html"), "<p>stopka</p>");
        var images = Path.Combine(site.DataPath, "theme", "wwwroot", "assets", "img");
        Directory.CreateDirectory(images);
        foreach (var name in new[] { "about", "home", "post" })
        {
            File.WriteAllBytes(Path.Combine(images, $"{name}-bg.jpg"), [0xff, 0xd8, 0xff, 0xe0]);
        }

        return recipes;
    }
}
