using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display.Templates;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Recipes.Export;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>Orchard's Templates: a template kept in the database takes the place of the theme's file of the same shape.</summary>
public sealed class StoredTemplateTests(PublicSiteFixture site) : AdminTestBase(site), IClassFixture<PublicSiteFixture>
{
    private const string PostPath = "/blog/inauguracja-sieci";

    private static string TemplatesRecipe(string shape, string content) =>
        new JsonObject
        {
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "Templates",
                ["Templates"] = new JsonObject { [shape] = new JsonObject { ["Content"] = content, ["Description"] = "Test" } },
            }),
        }.ToJsonString();

    private static async Task<RecipeResult> ImportAsync(IServiceProvider services, string json)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeReader.Read(json, basePath: null), new RecipeOptions());
    }

    /// <summary>The tests of this class share a site: each starts with no stored template.</summary>
    private async Task ClearAsync()
    {
        await using var scope = Site.Factory.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<DocumentStore>();
        await scope.ServiceProvider.GetRequiredService<Transactions>().RunAsync(() => documents.SaveAsync(StoredTemplates.SiteKey, new StoredTemplates()));
    }

    private Task<StoredTemplates> StoredAsync() =>
        Site.RunAsync<DocumentStore, StoredTemplates>(d => d.GetAsync<StoredTemplates>(StoredTemplates.SiteKey));

    [Fact]
    public async Task A_template_imported_by_a_recipe_changes_the_page_and_survives_export_and_import()
    {
        await ClearAsync();
        Assert.DoesNotContain("z-bazy", await Site.Client.GetStringAsync(PostPath));

        await ImportAsync(Site.Factory.Services, TemplatesRecipe("Content__BlogPost",
            "<article class=\"z-bazy\"><h1>{{ Model.ContentItem.DisplayText }}</h1><p>Wygląd z szablonu w bazie.</p></article>"));

        var page = await Site.Client.GetStringAsync(PostPath);
        Assert.Contains("<article class=\"z-bazy\"><h1>Inauguracja sieci", page);
        Assert.Contains("Wygląd z szablonu w bazie.", page);
        Assert.Contains("<html lang=\"pl\"", page);

        var exported = await Site.RunAsync<RecipeExporter, JsonObject>(e => e.ExportAsync());
        var step = exported["steps"]!.AsArray().Single(s => s!["name"]!.ToString() == "Templates")!;
        Assert.Contains("z-bazy", step["Templates"]!["Content__BlogPost"]!["Content"]!.ToString());

        await using var other = new SiteFactory(new Dictionary<string, string> { ["Cms:Setup:AdminPassword"] = Password });
        var otherClient = other.CreateClient();
        Assert.DoesNotContain("z-bazy", await otherClient.GetStringAsync(PostPath));
        await ImportAsync(other.Services, exported.ToJsonString());
        Assert.Contains("Wygląd z szablonu w bazie.", await otherClient.GetStringAsync(PostPath));
    }

    [Theory]
    [InlineData("Content__BlogPost", "<p>\n{% if %}\n</p>", "Content__BlogPost", "składni Liquid")]
    [InlineData("../../Views/Layout", "<p>x</p>", "Nazwa szablonu '../../Views/Layout' jest niepoprawna", "litery, cyfry")]
    [InlineData("Layout.liquid", "<p>x</p>", "Nazwa szablonu 'Layout.liquid' jest niepoprawna", "litery, cyfry")]
    public async Task A_bad_template_in_a_recipe_is_refused_by_name_and_changes_nothing(string shape, string content, string expected, string detail)
    {
        await ClearAsync();
        var before = await Site.Client.GetStringAsync(PostPath);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(Site.Factory.Services, TemplatesRecipe(shape, content)));

        Assert.Contains(expected, error.Message);
        Assert.Contains(detail, error.Message);
        Assert.Empty((await StoredAsync()).Templates);
        Assert.Equal(before, await Site.Client.GetStringAsync(PostPath));
    }

    [Fact]
    public async Task A_syntax_error_names_its_line_and_column()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(Site.Factory.Services, TemplatesRecipe("Content__BlogPost", "<p>\n  {% if %}\n</p>")));

        Assert.Matches(@"\(2:\d+\)", error.Message);
    }

    [Fact]
    public async Task Admin_edits_a_template_keeps_a_broken_one_unsaved_previews_without_saving_and_refuses_editors()
    {
        await ClearAsync();
        var admin = await SignedInAsync("admin");
        var editor = await SignedInAsync(await UserAsync("redaktorka-szablonow", "Editor"));
        Assert.False(Allowed(await editor.GetAsync("/Admin/Templates")));
        var refused = await PostAsync(editor, "/Admin/Templates", await AntiforgeryAsync(editor),
            new() { ["Name"] = "Layout", ["Source"] = "<p>przejęty</p>" });
        Assert.False(Allowed(refused));
        Assert.Empty((await StoredAsync()).Templates);

        // A new override starts from the theme's own text.
        var start = await FormAsync(admin, "/Admin/Templates?name=Content__Workshop");
        Assert.Contains("{{", start["Source"]);

        var broken = await PostFormAsync(admin, "/Admin/Templates?name=Content__Workshop",
            new() { ["Name"] = "Content__Workshop", ["Source"] = "<p>Nowy wygląd {% for x in %}</p>" }, "/Admin/Templates");
        var brokenHtml = await broken.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("Szablon ma błąd składni Liquid", brokenHtml);
        Assert.Contains("Nowy wygląd {% for x in %}", System.Net.WebUtility.HtmlDecode(brokenHtml));
        Assert.Empty((await StoredAsync()).Templates);

        var preview = await PostFormAsync(admin, "/Admin/Templates?name=Content__Workshop",
            new() { ["Name"] = "Content__Workshop", ["Source"] = "<p class=\"podglad\">Podgląd: {{ Model.ContentItem.DisplayText }}</p>" }, "/Admin/Templates?handler=Preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<p class=\"podglad\">Podgląd: Spotkanie inauguracyjne sieci w Sulejówku</p>", await preview.Content.ReadAsStringAsync());
        Assert.Empty((await StoredAsync()).Templates);
        Assert.DoesNotContain("podglad", await Site.Client.GetStringAsync("/warsztaty/spotkanie-inauguracyjne-sulejowek"));

        var saved = await PostFormAsync(admin, "/Admin/Templates?name=Content__Workshop",
            new() { ["Name"] = "Content__Workshop", ["Source"] = "<p class=\"zapisany\">{{ Model.ContentItem.DisplayText }}</p>" }, "/Admin/Templates");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<p class=\"zapisany\">Spotkanie inauguracyjne", await Site.Client.GetStringAsync("/warsztaty/spotkanie-inauguracyjne-sulejowek"));

        var deleted = await PostAsync(admin, "/Admin/Templates?handler=Delete", await AntiforgeryAsync(admin), new() { ["Name"] = "Content__Workshop" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("zapisany", await Site.Client.GetStringAsync("/warsztaty/spotkanie-inauguracyjne-sulejowek"));
        Assert.Empty((await StoredAsync()).Templates);
    }
}
