using System.Net;
using System.Text.Json.Nodes;
using Siec.Cms.Admin.Recipes;
using Siec.Cms.Core.Data;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>The admin's recipe import runs in the background: it goes on with no page open and its report stays readable.</summary>
public sealed class RecipeJobTests(PublicSiteFixture site) : AdminTestBase(site), IClassFixture<PublicSiteFixture>
{
    [Fact]
    public async Task An_uploaded_import_finishes_with_nobody_watching_and_its_report_stays_for_every_admin()
    {
        var admin = await SignedInAsync(await UserAsync("importerka", "Administrator"));
        var form = await FormAsync(admin, "/Admin/Recipes");
        form["mode"] = "import";
        var items = new JsonArray(Enumerable.Range(1, 1500).Select(i => (JsonNode)new JsonObject
        {
            ["ContentItemId"] = $"zadanie{i:D19}", ["ContentType"] = "Page", ["Latest"] = true, ["Published"] = true,
            ["TitlePart"] = new JsonObject { ["Title"] = $"Strona z zadania {i}" },
        }).ToArray());
        var recipe = new JsonObject { ["name"] = "duza", ["displayName"] = "Duża receptura", ["steps"] = new JsonArray(new JsonObject { ["name"] = "Content", ["data"] = items }) };

        // Nobody polls: the page is as good as closed.
        var posted = await admin.PostAsync("/Admin/Recipes", Multipart(form, "upload", "../../duza.recipe.json", System.Text.Encoding.UTF8.GetBytes(recipe.ToJsonString())));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var jobPage = posted.Headers.Location!.ToString();
        RecipeJob? finished = null;
        for (var waited = 0; waited < 600 && finished is null; waited++)
        {
            await Task.Delay(100);
            finished = (await Site.RunAsync<DocumentStore, RecipeJobHistory>(d => d.GetAsync<RecipeJobHistory>(RecipeJobHistory.DocumentKey)))
                .Jobs.FirstOrDefault(j => jobPage.EndsWith(j.Id, StringComparison.Ordinal));
        }

        Assert.NotNull(finished);
        Assert.Equal(RecipeJobState.Succeeded, finished.State);
        Assert.Equal(1500, finished.Done);
        var another = await SignedInAsync(await UserAsync("druga-importerka", "Administrator"));
        var report = await another.GetStringAsync(jobPage);
        Assert.Contains("Zaimportowano recepturę „Duża receptura” (1 kroków, 1500 pozycji).", report);
        Assert.Contains("Duża receptura</a>", await another.GetStringAsync("/Admin/Recipes"));
        var last = await Site.RunAsync<Core.ContentManagement.ContentQuery, Core.ContentManagement.ContentItem?>(q => q.GetAsync($"zadanie{1500:D19}"));
        Assert.Equal("Strona z zadania 1500", last?.DisplayText);
        // The upload was the job's own file, kept under a name of ours and removed once the job ended.
        var uploads = Path.Combine(Site.Factory.DataPath, "receptury-przeslane");
        Assert.True(!Directory.Exists(uploads) || Directory.GetFiles(uploads).Length == 0);
        Assert.False(File.Exists(Path.Combine(Site.Factory.DataPath, "..", "duza.recipe.json")));
    }

    [Fact]
    public async Task A_jobs_progress_is_for_importers_only_and_an_unknown_job_says_so()
    {
        var admin = await SignedInAsync(await UserAsync("sprawdzajaca", "Administrator"));
        var editor = await SignedInAsync(await UserAsync("redaktor-zadan", "Editor"));
        var posted = await PostFormAsync(admin, "/Admin/Recipes", new() { ["name"] = "siec-bibliotek-pedagogicznych", ["mode"] = "validate" });
        var id = posted.Headers.Location!.ToString().Split("zadanie=")[1];

        Assert.False(Allowed(await editor.GetAsync($"/Admin/Recipes?handler=Status&zadanie={id}")));
        Assert.Contains("jest poprawna", await Infrastructure.RecipeJobs.ReportAsync(admin, posted));
        Assert.Contains("Nie znaleziono tego zadania", await admin.GetStringAsync("/Admin/Recipes?zadanie=0123456789abcdef0123456789abcdef"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Recipes?handler=Status&zadanie=nie-ma")).StatusCode);
    }
}
