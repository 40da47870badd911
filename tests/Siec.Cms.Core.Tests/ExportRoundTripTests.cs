using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>Export then import into an empty site gives the same site, item by item, on both databases.</summary>
public abstract class ExportRoundTripTests(DatabaseKind kind)
{
    [Fact]
    public async Task Export_then_import_into_an_empty_site_round_trips_every_item()
    {
        await using var source = await TestSite.CreateAsync(kind);
        await source.ImportAsync(SiteRecipes.ArticleDefinition);
        await source.ImportAsync("""
            { "steps": [ { "name": "Settings", "SiteName": "Sieć źródłowa", "PageSize": 7, "LayerSettings": { "Zones": ["Content"] } },
                         { "name": "Roles", "Roles": [ { "Name": "Member", "Description": "Członek sieci", "Permissions": ["ViewContent"] } ] } ] }
            """);
        await source.RunAsync<ContentManager>(async m =>
        {
            var shelf = await m.NewAsync("Shelf");
            shelf.GetOrCreatePart("TitlePart")["Title"] = "Półka z materiałami";
            await m.CreateAsync(shelf, publish: true);
            var published = await m.NewAsync("Article");
            published.GetOrCreatePart("TitlePart")["Title"] = "Łódź i okolice";
            published.GetOrCreatePart("ContainedPart")["ListContentItemId"] = shelf.ContentItemId;
            published.GetOrCreatePart("Article")["Pages"] = new JsonObject { ["Value"] = 12.5 };
            await m.CreateAsync(published, publish: true);
            var draftOver = published.Clone();
            draftOver.GetOrCreatePart("TitlePart")["Title"] = "Łódź – szkic";
            await m.SaveDraftAsync(draftOver);
            var draftOnly = await m.NewAsync("Article");
            draftOnly.GetOrCreatePart("TitlePart")["Title"] = "Tylko szkic";
            await m.CreateAsync(draftOnly, publish: false);
        });
        var exported = await source.SnapshotAsync();
        var file = Path.Combine(source.DataPath, "export.recipe.json");
        await File.WriteAllTextAsync(file, exported);

        await using var target = await TestSite.CreateAsync(kind);
        await target.ImportAsync(RecipeReader.ReadFile(file));
        var reExported = await target.SnapshotAsync();

        var items = Items(exported);
        var reItems = Items(reExported);
        Assert.Equal(4, items.Count);
        Assert.Equal(items.Count, reItems.Count);
        foreach (var item in items)
        {
            var twin = reItems.Single(r => r["ContentItemVersionId"]!.GetValue<string>() == item["ContentItemVersionId"]!.GetValue<string>());
            Assert.True(JsonNode.DeepEquals(item, twin), $"{item.ToJsonString()}\n!=\n{twin.ToJsonString()}");
        }

        Assert.True(JsonNode.DeepEquals(Step(exported, "ContentDefinition"), Step(reExported, "ContentDefinition")));
        Assert.True(JsonNode.DeepEquals(Step(exported, "Settings"), Step(reExported, "Settings")));
        Assert.True(JsonNode.DeepEquals(Step(exported, "Roles"), Step(reExported, "Roles")));
    }

    private static JsonNode Step(string recipe, string name) =>
        JsonNode.Parse(recipe)!["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == name)!;

    private static List<JsonObject> Items(string recipe) =>
        Step(recipe, "Content")["data"]!.AsArray().Select(i => i!.AsObject()).ToList();
}

public sealed class SqliteExportRoundTripTests() : ExportRoundTripTests(DatabaseKind.Sqlite);

public sealed class PostgresExportRoundTripTests() : ExportRoundTripTests(DatabaseKind.Postgres);
