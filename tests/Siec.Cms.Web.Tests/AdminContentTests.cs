using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>Editors write, preview, clone, review, list and publish content in the admin over HTTP, as a browser does.</summary>
public sealed class AdminContentTests(PublicSiteFixture site) : AdminTestBase(site), IClassFixture<PublicSiteFixture>
{
    [Fact]
    public async Task An_editor_drafts_then_publishes_a_blog_post_and_readers_see_it_only_when_published()
    {
        var client = await SignedInAsync(await UserAsync("redaktorka", "Editor"));

        var created = await PostFormAsync(client, "/Admin/Content/Edit?type=BlogPost", new()
        {
            ["f.ContainedPart.ListContentItemId"] = BlogId,
            ["f.TitlePart.Title"] = "Spotkanie z ekspertem",
            ["f.MarkdownBodyPart.Markdown"] = "Zapraszamy na **spotkanie** z ekspertem.",
            ["f.BlogPost.Lead"] = "Krótki wstęp",
            ["submit"] = "draft",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/blog/spotkanie-z-ekspertem")).StatusCode);

        var published = await PostFormAsync(client, editUrl, new()
        {
            ["f.MarkdownBodyPart.Markdown"] = "Zapraszamy na **spotkanie** z ekspertem w czwartek.", ["f.BlogPost.Tags"] = "coaching, współpraca", ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var reader = await NewClient().GetStringAsync("/blog/spotkanie-z-ekspertem");
        Assert.Contains("<strong>spotkanie</strong> z ekspertem w czwartek.", reader);
        Assert.Contains("Tagi: coaching, współpraca", reader);
        var id = editUrl.Split("id=")[1];
        var versions = await Site.RunAsync<ContentManager, IReadOnlyList<ContentItem>>(m => m.GetVersionsAsync(id));
        Assert.Equal(2, versions.Count);
        Assert.Equal("redaktorka", versions[^1].Author);

        var history = await client.GetStringAsync($"/Admin/Content/Versions?id={id}");
        Assert.Equal(2, Regex.Matches(history, "<tr>\\s*<td>").Count);
        var compared = await client.GetStringAsync($"/Admin/Content/Versions?id={id}&a={versions[0].ContentItemVersionId}&b={versions[1].ContentItemVersionId}");
        Assert.Contains("<h3>MarkdownBodyPart.Markdown</h3>", compared);
        Assert.Contains("<del>− Zapraszamy na **spotkanie** z ekspertem.</del>", compared);
        Assert.Contains("<ins>+ Zapraszamy na **spotkanie** z ekspertem w czwartek.</ins>", compared);
        Assert.Contains("<ins>+ coaching</ins>", compared);
        Assert.DoesNotContain("<h3>TitlePart.Title</h3>", compared);
        var restored = await PostFormAsync(client, $"/Admin/Content/Versions?id={id}", new() { ["version"] = versions[0].ContentItemVersionId! });
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("w czwartek", await NewClient().GetStringAsync("/blog/spotkanie-z-ekspertem"));
        var republished = await PostFormAsync(client, editUrl, new() { ["submit"] = "publish" });
        Assert.Equal(HttpStatusCode.Redirect, republished.StatusCode);
        Assert.DoesNotContain("w czwartek", await NewClient().GetStringAsync("/blog/spotkanie-z-ekspertem"));

        await PostFormAsync(client, "/Admin/Content?type=BlogPost", new() { ["id"] = id }, "/Admin/Content?handler=Unpublish");
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/blog/spotkanie-z-ekspertem")).StatusCode);
        Assert.Contains("Czy na pewno usunąć?", await client.GetStringAsync($"/Admin/Content/Delete?ids={id}"));
        await PostFormAsync(client, $"/Admin/Content/Delete?ids={id}", [], "/Admin/Content?handler=Delete");
        Assert.DoesNotContain("Spotkanie z ekspertem", await client.GetStringAsync("/Admin/Content?type=BlogPost"));

        var admin = await SignedInAsync(await UserAsync("audytorka", "Administrator"));
        var trail = await admin.GetStringAsync($"/Admin/Audit?item={id}");
        var actions = Regex.Matches(trail, "<td>redaktorka</td>\\s*<td>([^<]+)</td>").Select(m => m.Groups[1].Value).Reverse().ToList();
        Assert.Equal(["utworzenie", "publikacja", "przywrócenie wersji", "publikacja", "wycofanie", "usunięcie"], actions);
        Assert.False(Allowed(await client.GetAsync("/Admin/Audit")));
    }

    [Fact]
    public async Task An_editor_publishes_a_material_with_an_uploaded_file_and_a_bad_file_type_is_refused()
    {
        var client = await SignedInAsync(await UserAsync("bibliotekarka", "Editor"));
        var form = await FormAsync(client, "/Admin/Content/Edit?type=Material");
        form["f.TitlePart.Title"] = "Poradnik o źródłach";
        form["f.Material.Format"] = "poradnik";
        form["submit"] = "publish";

        var refused = await client.PostAsync("/Admin/Content/Edit?type=Material", Multipart(form, "f.Material.File.upload", "program.exe", new byte[10]));
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var published = await client.PostAsync("/Admin/Content/Edit?type=Material", Multipart(form, "f.Material.File.upload", "Poradnik – źródła.odt", TestFiles.Odt(3000)));

        Assert.Contains("Typ pliku &#x27;.exe&#x27; jest niedozwolony. Dozwolone: .pdf, .docx, .odt", refusedHtml.Replace("'", "&#x27;"));
        Assert.Contains("value=\"Poradnik o źródłach\"", refusedHtml);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await NewClient().GetStringAsync("/materialy/poradnik-o-zrodlach");
        Assert.Contains("(ODT, 2,9 kB)", page);
        var download = await NewClient().GetAsync("/materialy/poradnik-o-zrodlach/pobierz");
        Assert.Equal("Poradnik – źródła.odt", download.Content.Headers.ContentDisposition!.FileNameStar);
        var picker = await client.GetStringAsync("/Admin/Content/Edit?type=Material");
        Assert.Matches("<datalist id=\"f-Material-File-files\">.*<option value=\"uploads/[0-9]{4}-[0-9]{2}/Poradnik – źródła.odt\">", picker);
    }

    [Fact]
    public async Task An_editor_schedules_a_workshop_in_Warsaw_time_and_an_end_before_the_start_is_refused()
    {
        var client = await SignedInAsync(await UserAsync("organizatorka", "Editor"));
        var fields = new Dictionary<string, string>
        {
            ["f.TitlePart.Title"] = "Spotkanie z ekspertem od coachingu",
            ["f.Workshop.Start"] = "2027-03-02T10:00",
            ["f.Workshop.End"] = "2027-03-02T09:00",
            ["f.Workshop.PlaceCity"] = "Warszawa",
            ["submit"] = "publish",
        };

        var refused = await PostFormAsync(client, "/Admin/Content/Edit?type=Workshop", fields);
        fields["f.Workshop.End"] = "2027-03-02T15:30";
        var published = await PostFormAsync(client, "/Admin/Content/Edit?type=Workshop", fields);

        Assert.Contains("<p class=\"field-error\" id=\"f-Workshop-End-error\">Koniec nie może być wcześniej niż początek.</p>", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var editUrl = published.Headers.Location!.ToString();
        var scheduled = await PostFormAsync(client, editUrl, new() { ["scheduleUnpublish"] = "2027-03-03T08:00", ["submit"] = "publish" });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Contains("value=\"2027-03-03T08:00\"", await client.GetStringAsync(editUrl));
        var page = await NewClient().GetStringAsync("/warsztaty/spotkanie-z-ekspertem-od-coachingu");
        Assert.Contains("<time datetime=\"2027-03-02T09:00:00Z\">2 marca 2027, 10:00</time>", page);
        Assert.Contains("15:30", page);
    }

    [Fact]
    public async Task Preview_shows_the_unsaved_item_in_the_theme_and_clone_makes_a_draft_copy()
    {
        var client = await SignedInAsync(await UserAsync("podglad", "Editor"));

        var preview = await PostFormAsync(client, "/Admin/Content/Edit?type=Page", new()
        {
            ["f.TitlePart.Title"] = "Strona w podglądzie",
            ["f.MarkdownBodyPart.Markdown"] = "Jeszcze **nie** zapisana.",
            ["submit"] = "preview",
        });
        var html = await preview.Content.ReadAsStringAsync();
        var cloned = await PostFormAsync(client, "/Admin/Content/Edit?id=4c13fdhmy70g5bef13p124gz6t", new() { ["id"] = "4c13fdhmy70g5bef13p124gz6t" },
            "/Admin/Content/Edit?handler=Clone");
        var copyId = cloned.Headers.Location!.ToString().Split("id=")[1];
        var copy = await Site.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(copyId, VersionOptions.Latest));

        Assert.Contains("<h1>Strona w podglądzie</h1>", html);
        Assert.Contains("Jeszcze <strong>nie</strong> zapisana.", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/theme/css/site.css\">", html);
        Assert.Empty(await Site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(async q => (await q.ByTypeAsync("Page", VersionOptions.Latest)).Where(p => p.DisplayText == "Strona w podglądzie").ToList()));
        Assert.Equal("O sieci", copy!.DisplayText);
        Assert.False(copy.Published);
        Assert.Equal("o-sieci-2", copy.Part("AutoroutePart")!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_author_without_publish_rights_sends_a_draft_for_review_and_an_editor_publishes_it()
    {
        await Site.RunAsync<Core.Security.RoleService>(r => r.SaveAsync(new Core.Security.RoleDefinition
        {
            Name = "Autor", Description = "Pisze, nie publikuje.", Permissions = ["AccessAdminPanel", "EditOwn_BlogPost"],
        }));
        var author = await SignedInAsync(await UserAsync("autorka", "Autor"));
        var editor = await SignedInAsync(await UserAsync("akceptujacy", "Editor"));

        var editorPage = await author.GetStringAsync("/Admin/Content/Edit?type=BlogPost");
        var sent = await PostFormAsync(author, "/Admin/Content/Edit?type=BlogPost", new()
        {
            ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Wpis do akceptacji", ["submit"] = "review",
        });
        var forged = await PostFormAsync(author, "/Admin/Content/Edit?type=BlogPost", new()
        {
            ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Wpis bez zgody", ["submit"] = "publish",
        });
        var queue = await editor.GetStringAsync("/Admin/Review");
        Assert.Contains("Wpis do akceptacji</a> (autorka)", await editor.GetStringAsync("/Admin"));
        var id = sent.Headers.Location!.ToString().Split("id=")[1];
        await PostFormAsync(editor, $"/Admin/Content/Edit?id={id}", new() { ["submit"] = "publish" });

        Assert.DoesNotContain("value=\"publish\"", editorPage);
        var authorList = await author.GetStringAsync("/Admin/Content?type=BlogPost");
        Assert.Contains("Wpis do akceptacji", authorList);
        Assert.DoesNotContain("Inauguracja sieci", authorList);
        Assert.Contains("<caption>Znaleziono: 1</caption>", authorList);
        Assert.Contains("Wyślij do akceptacji", editorPage);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.False(Allowed(forged));
        Assert.Contains("Wpis do akceptacji", queue);
        Assert.DoesNotContain("Wpis do akceptacji", await editor.GetStringAsync("/Admin/Review"));
        Assert.Equal(HttpStatusCode.OK, (await NewClient().GetAsync("/blog/wpis-do-akceptacji")).StatusCode);
    }

    [Fact]
    public async Task The_content_list_filters_by_state_author_and_area_and_sorts_by_title()
    {
        const string AreaId = "4m6mx7ktqjadtz48n4tdvde3pk";
        var first = await SignedInAsync(await UserAsync("filtrujaca1", "Editor"));
        var second = await SignedInAsync(await UserAsync("filtrujaca2", "Editor"));
        var draft = await PostFormAsync(first, "/Admin/Content/Edit?type=BlogPost", new()
        {
            ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Filtr Alfa", ["submit"] = "draft",
        });
        var published = await PostFormAsync(second, "/Admin/Content/Edit?type=BlogPost", new()
        {
            ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Filtr Zeta", ["f.BlogPost.ThematicAreas"] = AreaId, ["submit"] = "publish",
        });
        await PostFormAsync(second, published.Headers.Location!.ToString(), new() { ["f.BlogPost.Lead"] = "Zmiana w szkicu", ["f.BlogPost.ThematicAreas"] = AreaId, ["submit"] = "draft" });
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);

        async Task<List<string>> TitlesAsync(string filters) =>
            Regex.Matches(await first.GetStringAsync("/Admin/Content?type=BlogPost&q=Filtr&" + filters), "<th scope=\"row\"><a [^>]+>([^<]+)</a>")
                .Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["Filtr Alfa"], await TitlesAsync("status=draft"));
        Assert.Equal(["Filtr Zeta"], await TitlesAsync("status=changed"));
        Assert.Empty(await TitlesAsync("status=published"));
        Assert.Equal(["Filtr Zeta"], await TitlesAsync("author=filtrujaca2"));
        Assert.Equal(["Filtr Zeta"], await TitlesAsync("term=" + AreaId));
        Assert.Equal(["Filtr Alfa", "Filtr Zeta"], await TitlesAsync("sort=title"));
        Assert.Equal(["Filtr Zeta", "Filtr Alfa"], await TitlesAsync("sort=modified"));
        var areaList = await first.GetStringAsync("/Admin/Content?term=" + AreaId);
        Assert.Contains("Inauguracja sieci", areaList);
    }

    [Fact]
    public async Task A_list_shows_what_it_holds_and_creates_inside_itself()
    {
        var client = await SignedInAsync(await UserAsync("tworzaca", "Editor"));

        var blog = await client.GetStringAsync($"/Admin/Content/Edit?id={BlogId}");
        Assert.Contains(">Inauguracja sieci współpracy i samokształcenia pracowników bibliotek pedagogicznych</a></th>", blog);
        var create = Regex.Match(blog, "href=\"(/Admin/Content/Edit\\?type=BlogPost&amp;w=[0-9a-z]+)\"").Groups[1].Value;
        Assert.Equal($"/Admin/Content/Edit?type=BlogPost&amp;w={BlogId}", create);
        var created = await PostFormAsync(client, WebUtility.HtmlDecode(create), new() { ["f.TitlePart.Title"] = "Wpis utworzony w blogu", ["submit"] = "draft" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains(">Wpis utworzony w blogu</a></th>", await client.GetStringAsync($"/Admin/Content/Edit?id={BlogId}"));

        var topic = await client.GetStringAsync("/Admin/Content/Edit?id=4sf9k7pb0embex3pcrztabd048");
        Assert.Contains("Utwórz tutaj: ", topic);
    }

    [Fact]
    public async Task A_workshops_sessions_are_edited_added_and_removed_and_materials_are_picked()
    {
        const string WorkshopId = "46ezyrq4asd2n9mhf06ftwm4zn";
        var client = await SignedInAsync(await UserAsync("sesje-redaktorka", "Editor"));
        var material = await PostFormAsync(client, "/Admin/Content/Edit?type=Material", new()
        {
            ["f.TitlePart.Title"] = "Materiał do spotkania", ["f.Material.ExternalLink"] = "https://www.ore.edu.pl", ["f.Material.Format"] = "artykuł", ["submit"] = "publish",
        });
        var materialId = material.Headers.Location!.ToString().Split("id=")[1];

        var page = await client.GetStringAsync($"/Admin/Content/Edit?id={WorkshopId}");
        Assert.Contains("name=\"f.Sessions.4.TitlePart.Title\" value=\"Sesja warsztatowa III\"", page);
        Assert.Contains("Dodaj: Sesja", page);
        Assert.Contains($"<option value=\"{materialId}\">Materiał do spotkania</option>", page);
        var saved = await PostFormAsync(client, $"/Admin/Content/Edit?id={WorkshopId}", new()
        {
            ["f.Sessions.0.remove"] = "true",
            ["f.Sessions.2.TitlePart.Title"] = "Sesja warsztatowa I: komunikacja",
            ["f.Sessions.5.TitlePart.Title"] = "Podsumowanie spotkania",
            ["f.Sessions.5.WorkshopSession.Leaders"] = "Elżbieta Mieczkowska",
            ["f.Workshop.RelatedMaterials"] = materialId,
            ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var workshop = (await Site.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(WorkshopId)))!;
        var sessions = workshop.Part("Sessions")!["ContentItems"]!.AsArray().Select(i => i!["DisplayText"]!.GetValue<string>()).ToList();
        Assert.Equal(["Zasady pracy na platformie internetowej: blog, forum i materiały samokształceniowe", "Sesja warsztatowa I: komunikacja",
            "Sesja warsztatowa II", "Sesja warsztatowa III", "Podsumowanie spotkania"], sessions);
        Assert.Equal("4hsdtt6rq6vbqndsxfqk0r8qbr", workshop.Part("Sessions")!["ContentItems"]![1]!["ContentItemId"]!.GetValue<string>());
        Assert.Equal([materialId], workshop.Part("Workshop")!["RelatedMaterials"]!["ContentItemIds"]!.AsArray().Select(i => i!.GetValue<string>()));
        var reader = await NewClient().GetStringAsync("/warsztaty/spotkanie-inauguracyjne-sulejowek");
        Assert.Contains("Podsumowanie spotkania", reader);
        Assert.Contains("Materiał do spotkania", reader);
        Assert.DoesNotContain("Wyniki projektów pilotażowych", reader);

        var forged = await PostFormAsync(client, $"/Admin/Content/Edit?id={WorkshopId}", new() { ["f.Workshop.RelatedMaterials"] = "nie-ma-takiego", ["submit"] = "publish" });
        Assert.Contains("Wybierz spośród podanych pozycji.", await forged.Content.ReadAsStringAsync());
    }
}
