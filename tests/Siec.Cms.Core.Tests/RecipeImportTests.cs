using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>Recipes are read as Orchard reads them, validated before writing, and imported in one transaction.</summary>
public sealed class RecipeImportTests
{
    private const string OneArticle = """
        {
          "name": "OneArticle",
          "variables": { "articleId": "[js: uuid()]" },
          "steps": [
            { "name": "Content", "data": [
              { "ContentItemId": "[js: variables('articleId')]", "ContentType": "Article", "Latest": true, "Published": true,
                "TitlePart": { "Title": "Źródła wiedzy" }, "AutoroutePart": { "Path": "zrodla" } } ] }
          ]
        }
        """;

    private static async Task<TestSite> SiteWithContentAsync()
    {
        var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        await site.ImportAsync(SiteRecipes.ArticleDefinition);
        await site.ImportAsync(OneArticle);
        return site;
    }

    public static TheoryData<string, string, string[]> BadRecipes => new()
    {
        {
            "malformed JSON",
            """{ "name": "x", "steps": [ { "name": "Content", "data": [ } ] }""",
            ["Niepoprawny JSON", "wiersz 1"]
        },
        {
            "unknown step after good ones",
            """{ "steps": [ { "name": "Settings", "SiteName": "Zmieniona" }, { "name": "Queries", "Queries": [] } ] }""",
            ["krok 2 (Queries)", "nie jest obsługiwany"]
        },
        {
            "unknown field type",
            """{ "steps": [ { "name": "ContentDefinition", "ContentTypes": [], "ContentParts": [ { "Name": "Article", "ContentPartFieldDefinitionRecords": [ { "FieldName": "ColorWheelField", "Name": "Color" } ] } ] } ] }""",
            ["krok 1 (ContentDefinition)", "część 'Article'", "pole 'Color'", "ColorWheelField"]
        },
        {
            "content item whose type does not exist",
            """{ "steps": [ { "name": "Content", "data": [ { "ContentItemId": "abc", "ContentType": "Spaceship", "Latest": true, "Published": true } ] } ] }""",
            ["krok 1 (Content)", "abc (Spaceship)", "właściwość ContentType", "'Spaceship' nie istnieje"]
        },
        {
            "two published items on one path",
            """{ "steps": [ { "name": "Content", "data": [ { "ContentItemId": "second", "ContentType": "Article", "Latest": true, "Published": true, "TitlePart": { "Title": "Inne" }, "AutoroutePart": { "Path": "zrodla" } } ] } ] }""",
            ["krok 1 (Content)", "second (Article)", "właściwość AutoroutePart.Path", "'zrodla' jest już używana"]
        },
        {
            "step without name",
            """{ "steps": [ { "name": "Settings", "SiteName": "Zmieniona" }, { "Roles": [] } ] }""",
            ["krok 2", "właściwość name", "nie ma nazwy"]
        },
        {
            "missing variable",
            """{ "variables": {}, "steps": [ { "name": "Settings", "SiteName": "[js: variables('siteTitle')]" } ] }""",
            ["krok 1 (Settings)", "właściwość SiteName", "Zmienna 'siteTitle'"]
        },
        {
            "bad step after good ones",
            """
            { "steps": [
              { "name": "Settings", "SiteName": "Zmieniona" },
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "DisplayName": "Notatka", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
              { "name": "Content", "data": [
                { "ContentItemId": "note1", "ContentType": "Note", "Latest": true, "Published": true, "TitlePart": { "Title": "Dobra" } },
                { "ContentItemId": "art2", "ContentType": "Article", "Latest": true, "Published": true, "Article": { "Pages": { "Value": "sto" } } } ] }
            ] }
            """,
            ["krok 3 (Content)", "data[1] art2 (Article)", "właściwość Article.Pages", "liczbą"]
        },
    };

    [Theory]
    [MemberData(nameof(BadRecipes))]
    public async Task A_bad_recipe_is_refused_with_its_place_named_and_changes_nothing(string name, string json, string[] expected)
    {
        await using var site = await SiteWithContentAsync();
        var before = await site.SnapshotAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.ImportAsync(json));

        foreach (var part in expected)
        {
            Assert.True(error.Message.Contains(part, StringComparison.Ordinal), $"{name}: '{error.Message}' does not contain '{part}'");
        }

        Assert.Equal(before, await site.SnapshotAsync());
    }

    [Fact]
    public async Task Comments_trailing_commas_and_any_step_name_case_are_accepted()
    {
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        await site.ImportAsync("""
            {
              // Orchard recipes carry comments
              "name": "Lenient",
              "steps": [
                /* and block comments */
                { "name": "settings", "SiteName": "Sieć", },
                { "name": "CONTENTDEFINITION", "ContentTypes": [ { "Name": "Note", "DisplayName": "Notatka" } ], },
              ],
            }
            """);

        Assert.NotNull(await site.RunAsync<ContentDefinitionManager, ContentTypeDefinition?>(d => d.GetTypeAsync("Note")));
    }

    [Fact]
    public async Task Importing_the_same_recipe_twice_updates_instead_of_duplicating()
    {
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        await site.ImportAsync(SiteRecipes.ArticleDefinition);
        const string recipe = """
            { "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "4fixedid00000000000000000a", "ContentType": "Article", "Latest": true, "Published": true,
                "TitlePart": { "Title": "Raz" }, "AutoroutePart": { "Path": "raz" } } ] } ] }
            """;

        await site.ImportAsync(recipe);
        await site.ImportAsync(recipe);
        await site.ImportAsync(recipe.Replace("\"Raz\"", "\"Dwa\""));

        var versions = await site.RunAsync<ContentManager, IReadOnlyList<ContentItem>>(m => m.GetVersionsAsync("4fixedid00000000000000000a"));
        var articles = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ByTypeAsync("Article"));
        Assert.Equal(2, versions.Count);
        Assert.Equal("Dwa", Assert.Single(articles).DisplayText);
    }

    [Fact]
    public async Task Variables_are_evaluated_once_and_uuids_have_Orchards_shape()
    {
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        await site.ImportAsync(SiteRecipes.ArticleDefinition);
        await site.ImportAsync("""
            { "variables": { "shelf": "[js: uuid()]", "now": "[js: new Date(Date.UTC(2014, 8, 26, 8)).toISOString()]" },
              "steps": [ { "name": "Content", "data": [
                { "ContentItemId": "[js: variables('shelf')]", "ContentType": "Shelf", "Latest": true, "Published": true,
                  "CreatedUtc": "[js: variables('now')]", "TitlePart": { "Title": "Półka" } },
                { "ContentItemId": "[js: uuid()]", "ContentType": "Article", "Latest": true, "Published": true,
                  "TitlePart": { "Title": "Na półce" }, "ContainedPart": { "ListContentItemId": "[js: variables('shelf')]", "Order": 0 } } ] } ] }
            """);

        var shelf = Assert.Single(await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ByTypeAsync("Shelf")));
        Assert.Matches("^[0-9a-hjkmnp-tv-z]{26}$", shelf.ContentItemId);
        Assert.Equal(new DateTime(2014, 9, 26, 8, 0, 0, DateTimeKind.Utc), shelf.CreatedUtc);
        Assert.Single(await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ContainedAsync(shelf.ContentItemId)));
    }

    [Fact]
    public async Task File_expressions_read_beside_the_recipe_and_a_missing_file_is_named()
    {
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        var folder = Path.Combine(site.DataPath, "recipe");
        Directory.CreateDirectory(Path.Combine(folder, "Snippets"));
        await File.WriteAllTextAsync(Path.Combine(folder, "Snippets", "name.txt"), "Sieć z pliku");
        const string recipe = """{ "steps": [ { "name": "Settings", "SiteName": "[file:text('Snippets/name.txt')]" } ] }""";

        await site.ImportAsync(recipe, basePath: folder);
        var error = await Assert.ThrowsAsync<RecipeException>(() => site.ImportAsync(recipe.Replace("name.txt", "brak.txt"), basePath: folder));

        var settings = await site.RunAsync<Data.DocumentStore, Settings.SiteSettings>(d => d.GetAsync<Settings.SiteSettings>(Settings.SiteSettings.DocumentKey));
        Assert.Equal("Sieć z pliku", settings.SiteName);
        Assert.Contains("Snippets/brak.txt", error.Message);
    }

    [Fact]
    public async Task Validate_only_runs_every_step_and_writes_nothing()
    {
        await using var site = await SiteWithContentAsync();
        var before = await site.SnapshotAsync();

        var result = await site.ImportAsync(RecipeReader.Read("""{ "steps": [ { "name": "Settings", "SiteName": "Nowa" }, { "name": "media", "Files": [ { "TargetPath": "a.txt", "Base64": "YWJj" } ] } ] }""", site.DataPath), validateOnly: true);

        Assert.Equal(2, result.StepsExecuted);
        Assert.Equal(before, await site.SnapshotAsync());
        Assert.False(File.Exists(Path.Combine(site.DataPath, "Media", "a.txt")));
    }

    [Fact]
    public async Task Media_files_are_written_after_commit_and_bad_names_are_refused()
    {
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        await site.ImportAsync("""{ "steps": [ { "name": "media", "Files": [ { "TargetPath": "docs/plan.odt", "Base64": "UEsDBA==" } ] } ] }""");
        var traversal = await Assert.ThrowsAsync<RecipeException>(() =>
            site.ImportAsync("""{ "steps": [ { "name": "media", "Files": [ { "TargetPath": "../../evil.pdf", "Base64": "YQ==" } ] } ] }"""));
        var extension = await Assert.ThrowsAsync<RecipeException>(() =>
            site.ImportAsync("""{ "steps": [ { "name": "media", "Files": [ { "TargetPath": "run.exe", "Base64": "YQ==" } ] } ] }"""));
        var failedLater = await Assert.ThrowsAsync<RecipeException>(() =>
            site.ImportAsync("""{ "steps": [ { "name": "media", "Files": [ { "TargetPath": "late.pdf", "Base64": "YQ==" } ] }, { "name": "Nope" } ] }"""));

        Assert.Equal([0x50, 0x4b, 0x03, 0x04], await File.ReadAllBytesAsync(Path.Combine(site.DataPath, "Media", "docs", "plan.odt")));
        Assert.Contains("poza katalog mediów", traversal.Message);
        Assert.Contains("'.exe' jest niedozwolony", extension.Message);
        Assert.Contains("krok 2 (Nope)", failedLater.Message);
        Assert.False(File.Exists(Path.Combine(site.DataPath, "Media", "late.pdf")));
    }

    [Fact]
    public async Task Roles_step_replaces_adds_and_removes_permissions()
    {
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        await site.ImportAsync("""{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Editor", "Description": "Redaktor", "Permissions": ["EditContent", "PublishContent"] } ] } ] }""");
        var added = await site.ImportAsync("""{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": ["DeleteContent", "ManageWorkflows"], "PermissionBehavior": "Add" } ] } ] }""");
        await site.ImportAsync("""{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": ["EditContent"], "PermissionBehavior": "Remove" } ] } ] }""");

        var roles = await site.RunAsync<Security.RoleService, Security.RolesDocument>(r => r.LoadAsync());
        var editor = roles.Find("Editor")!;
        Assert.Equal(["DeleteContent", "ManageWorkflows", "PublishContent"], editor.Permissions.Order());
        Assert.Equal("Rola 'Editor': nieznane uprawnienia ManageWorkflows.", Assert.Single(added.Warnings));
        Assert.Equal("Redaktor", editor.Description);
    }

    [Fact]
    public async Task Unknown_steps_can_be_skipped_on_request_and_are_listed()
    {
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        var result = await site.ImportAsync("""{ "steps": [ { "name": "Queries", "Queries": [] }, { "name": "Settings", "SiteName": "Po" }, { "name": "layers" } ] }""", skipUnsupported: true);

        Assert.Equal(["1: Queries", "3: layers"], result.SkippedSteps);
        Assert.Equal(1, result.StepsExecuted);
    }

    [Fact]
    public async Task Content_json_keeps_Orchards_shape()
    {
        var json = JsonNode.Parse("""
            { "ContentItemId": "a", "ContentItemVersionId": "b", "ContentType": "BlogPost", "DisplayText": "T", "Latest": true,
              "Published": false, "ModifiedUtc": "2025-02-10T10:00:00Z", "PublishedUtc": null, "CreatedUtc": "2025-02-10T09:00:00.123Z",
              "Owner": "o", "Author": "u", "Unknown": 5, "TitlePart": { "Title": "T" }, "Terms": [] }
            """)!.AsObject();

        var written = ContentItemJson.Write(ContentItemJson.Read(json));

        Assert.Equal(
            ["ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author", "TitlePart", "Terms"],
            written.Select(p => p.Key));
        Assert.Equal("2025-02-10T09:00:00.123Z", written["CreatedUtc"]!.GetValue<string>());
        Assert.Equal("2025-02-10T10:00:00Z", written["ModifiedUtc"]!.GetValue<string>());
    }
}
