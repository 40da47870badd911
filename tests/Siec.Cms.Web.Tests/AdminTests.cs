using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>The admin over HTTP as a browser uses it: cookies, antiforgery tokens, redirects.</summary>
public sealed class AdminTests(PublicSiteFixture site) : IClassFixture<PublicSiteFixture>
{
    private const string BlogId = "42sdhp0ewm0v7hqdqy29cmvqvw";

    [Fact]
    public async Task Anonymous_admin_requests_go_to_the_login_page()
    {
        var client = NewClient();

        var admin = await client.GetAsync("/Admin/Content");

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("http://localhost/Login?ReturnUrl=%2FAdmin%2FContent", admin.Headers.Location!.ToString());
    }

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
        var versions = await site.RunAsync<ContentManager, IReadOnlyList<ContentItem>>(m => m.GetVersionsAsync(id));
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
        var published = await client.PostAsync("/Admin/Content/Edit?type=Material", Multipart(form, "f.Material.File.upload", "Poradnik – źródła.odt", new byte[3000]));

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
    public async Task Administrators_validate_import_and_export_recipes_in_the_admin_and_editors_may_not()
    {
        var admin = await SignedInAsync(await UserAsync("ore-admin", "Administrator"));
        var editor = await SignedInAsync(await UserAsync("ore-redaktor", "Editor"));

        var valid = await PostFormAsync(admin, "/Admin/Recipes", new() { ["name"] = "siec-bibliotek-pedagogicznych", ["mode"] = "validate" });
        var form = await FormAsync(admin, "/Admin/Recipes");
        form["mode"] = "import";
        var bad = await admin.PostAsync("/Admin/Recipes", Multipart(form, "upload", "zla.recipe.json",
            System.Text.Encoding.UTF8.GetBytes("""{ "steps": [ { "name": "Settings", "SiteName": "Zmieniona" }, { "name": "Queries" } ] }""")));
        var export = await admin.GetAsync("/Admin/Recipes?handler=Export");
        var forbidden = await editor.PostAsync("/Admin/Recipes", Form(await AntiforgeryAsync(editor), new() { ["name"] = "nowa-siec", ["mode"] = "import" }));

        Assert.Contains("jest poprawna", await valid.Content.ReadAsStringAsync());
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("krok 2 (Queries)", badHtml);
        Assert.Contains("Nic nie zostało zmienione.", badHtml);
        Assert.DoesNotContain("Zmieniona", await NewClient().GetStringAsync("/"));
        var exported = System.Text.Json.Nodes.JsonNode.Parse(await export.Content.ReadAsStringAsync())!;
        Assert.Contains(exported["steps"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "Content");
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.Contains("/Login", forbidden.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Administrators_create_and_disable_accounts_and_grant_permissions_to_roles()
    {
        var admin = await SignedInAsync(await UserAsync("kadry", "Administrator"));
        await site.RunAsync<Core.Security.RoleService>(r => r.SaveAsync(new Core.Security.RoleDefinition { Name = "Korektor", Description = "Poprawia strony." }));

        var created = await PostFormAsync(admin, "/Admin/Users", new()
        {
            ["UserName"] = "nowa-moderatorka", ["Email"] = "moderatorka@example.org", ["NewPassword"] = Password, ["roles"] = "Korektor",
        }, "/Admin/Users?handler=Create");
        var weak = await PostFormAsync(admin, "/Admin/Users", new()
        {
            ["UserName"] = "slabe-haslo", ["Email"] = "slabe@example.org", ["NewPassword"] = "abc",
        }, "/Admin/Users?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Hasło musi mieć co najmniej 6 znaków.", await weak.Content.ReadAsStringAsync());

        var moderator = await SignedInAsync("nowa-moderatorka");
        Assert.False(Allowed(await moderator.GetAsync("/Admin/Content/Edit?type=Page")));
        var roleForm = await FormAsync(admin, "/Admin/Roles");
        var grants = new[] { "AccessAdminPanel", "Edit_ForumTopic", "Edit_Page" }.Select(p => new KeyValuePair<string, string>("granted", p));
        var granted = await admin.PostAsync("/Admin/Roles", new FormUrlEncodedContent(
            roleForm.Where(f => f.Key == "__RequestVerificationToken").Append(new("name", "Korektor")).Concat(grants)));
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.True(Allowed(await moderator.GetAsync("/Admin/Content/Edit?type=Page")));
        Assert.True(Allowed(await moderator.GetAsync("/Admin/Content/Edit?id=4sf9k7pb0embex3pcrztabd048")));

        var id = await site.RunAsync<UserManager<IdentityUser>, string>(async u => (await u.FindByNameAsync("nowa-moderatorka"))!.Id);
        await PostFormAsync(admin, "/Admin/Users", new() { ["id"] = id }, "/Admin/Users?handler=Toggle");
        var login = NewClient();
        var refused = await PostFormAsync(login, "/Login", new() { ["UserName"] = "nowa-moderatorka", ["Password"] = Password });
        Assert.Contains("Konto jest wyłączone.", await refused.Content.ReadAsStringAsync());
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
        var copy = await site.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(copyId, VersionOptions.Latest));

        Assert.Contains("<h1>Strona w podglądzie</h1>", html);
        Assert.Contains("Jeszcze <strong>nie</strong> zapisana.", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/theme/css/site.css\">", html);
        Assert.Empty(await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(async q => (await q.ByTypeAsync("Page", VersionOptions.Latest)).Where(p => p.DisplayText == "Strona w podglądzie").ToList()));
        Assert.Equal("O sieci", copy!.DisplayText);
        Assert.False(copy.Published);
        Assert.Equal("o-sieci-2", copy.Part("AutoroutePart")!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_author_without_publish_rights_sends_a_draft_for_review_and_an_editor_publishes_it()
    {
        await site.RunAsync<Core.Security.RoleService>(r => r.SaveAsync(new Core.Security.RoleDefinition
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

        var workshop = (await site.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(WorkshopId)))!;
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

    [Fact]
    public async Task The_media_library_takes_several_files_refuses_other_types_and_keeps_files_in_use()
    {
        var admin = await SignedInAsync(await UserAsync("mediateka", "Administrator"));
        await PostFormAsync(admin, "/Admin/Media", new() { ["name"] = "Scenariusze 2027" }, "/Admin/Media?handler=Folder");
        var form = await FormAsync(admin, "/Admin/Media?folder=scenariusze-2027");
        var upload = new MultipartFormDataContent();
        foreach (var (key, value) in form.Where(f => f.Key is "__RequestVerificationToken" or "folder"))
        {
            upload.Add(new StringContent(value), key);
        }

        upload.Add(new ByteArrayContent(new byte[100]), "files", "plan.odt");
        upload.Add(new ByteArrayContent(new byte[100]), "files", "notatki.pdf");
        upload.Add(new ByteArrayContent(new byte[100]), "files", "skrypt.sh");
        var uploaded = await admin.PostAsync("/Admin/Media?handler=Upload", upload);
        var uploadedHtml = await uploaded.Content.ReadAsStringAsync();

        await site.RunAsync<ContentManager>(async m =>
        {
            var material = await m.NewAsync("Material");
            material.GetOrCreatePart("TitlePart")["Title"] = "Plan zajęć";
            material.GetOrCreatePart("Material")["Format"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "scenariusz zajęć" };
            material.GetOrCreatePart("Material")["File"] = new System.Text.Json.Nodes.JsonObject { ["Paths"] = new System.Text.Json.Nodes.JsonArray("scenariusze-2027/plan.odt") };
            await m.CreateAsync(material, publish: true);
        });
        var inUse = await PostFormAsync(admin, "/Admin/Media?folder=scenariusze-2027", new() { ["path"] = "scenariusze-2027/plan.odt" }, "/Admin/Media?handler=Delete");
        var unused = await PostFormAsync(admin, "/Admin/Media?folder=scenariusze-2027", new() { ["path"] = "scenariusze-2027/notatki.pdf" }, "/Admin/Media?handler=Delete");
        var listing = await admin.GetStringAsync("/Admin/Media?folder=scenariusze-2027");

        Assert.Contains("skrypt.sh: Typ pliku", uploadedHtml);
        Assert.Contains("Nie można usunąć pliku scenariusze-2027/plan.odt, bo używają go: „Plan zajęć” (Material).", await inUse.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, unused.StatusCode);
        Assert.Contains(">plan.odt</a>", listing);
        Assert.Contains("Usunięto plik scenariusze-2027/notatki.pdf.", listing);
        Assert.DoesNotContain(">notatki.pdf</a>", listing);
        Assert.DoesNotContain("skrypt.sh", listing);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Media?folder=../../etc")).StatusCode);
    }

    [Fact]
    public async Task Bulk_actions_publish_and_unpublish_several_items_and_skip_what_the_user_may_not_touch()
    {
        var ids = await site.RunAsync<ContentManager, List<string>>(async m =>
        {
            var created = new List<string>();
            foreach (var title in new[] { "Zbiorcza A", "Zbiorcza B" })
            {
                var page = await m.NewAsync("Page");
                page.GetOrCreatePart("TitlePart")["Title"] = title;
                await m.CreateAsync(page, publish: false);
                created.Add(page.ContentItemId);
            }

            return created;
        });
        var editor = await SignedInAsync(await UserAsync("zbiorczy", "Editor"));
        var moderator = await SignedInAsync(await UserAsync("zbiorczy-mod", "Moderator"));
        var token = await AntiforgeryAsync(editor);

        var published = await editor.PostAsync("/Admin/Content?handler=Bulk", new FormUrlEncodedContent(
            token.Append(new("action", "publish")).Concat(ids.Select(i => new KeyValuePair<string, string>("ids", i)))));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await NewClient().GetAsync("/zbiorcza-a")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await NewClient().GetAsync("/zbiorcza-b")).StatusCode);

        var unconfirmed = await editor.PostAsync("/Admin/Content?handler=Bulk", new FormUrlEncodedContent(
            token.Append(new("action", "delete")).Concat(ids.Select(i => new KeyValuePair<string, string>("ids", i)))));
        Assert.Equal($"/Admin/Content/Delete?ids={ids[0]}&ids={ids[1]}", unconfirmed.Headers.Location!.ToString());
        var question = await editor.GetStringAsync(unconfirmed.Headers.Location!.ToString());
        Assert.Contains("Tak, usuń wszystkie (2)", question);
        Assert.Equal(HttpStatusCode.OK, (await NewClient().GetAsync("/zbiorcza-a")).StatusCode);

        var modToken = await AntiforgeryAsync(moderator);
        await moderator.PostAsync("/Admin/Content?handler=Bulk", new FormUrlEncodedContent(
            modToken.Append(new("action", "delete")).Append(new("confirm", "tak")).Concat(ids.Select(i => new KeyValuePair<string, string>("ids", i)))));
        Assert.Equal(HttpStatusCode.OK, (await NewClient().GetAsync("/zbiorcza-a")).StatusCode);

        await editor.PostAsync("/Admin/Content?handler=Bulk", new FormUrlEncodedContent(
            token.Append(new("action", "unpublish")).Concat(ids.Select(i => new KeyValuePair<string, string>("ids", i)))));
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/zbiorcza-a")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/zbiorcza-b")).StatusCode);
    }

    private static MultipartFormDataContent Multipart(Dictionary<string, string> fields, string fileField, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        form.Add(new ByteArrayContent(content), fileField, fileName);
        return form;
    }

    [Fact]
    public async Task Invalid_input_shows_Polish_messages_next_to_fields_and_keeps_what_was_typed()
    {
        var client = await SignedInAsync(await UserAsync("redaktor2", "Editor"));

        var response = await PostFormAsync(client, "/Admin/Content/Edit?type=Workshop", new()
        {
            ["f.TitlePart.Title"] = "",
            ["f.MarkdownBodyPart.Markdown"] = "Opis, którego nie wolno zgubić.",
            ["f.Workshop.Capacity"] = "dwadzieścia",
            ["submit"] = "publish",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"f-Workshop-Capacity-error\">Wpisz liczbę.</p>", html);
        Assert.Contains("Opis, którego nie wolno zgubić.", html);
        Assert.Contains("value=\"dwadzieścia\"", html);
    }

    [Fact]
    public async Task A_second_editor_saving_an_old_version_gets_a_conflict_and_keeps_the_text()
    {
        var first = await SignedInAsync(await UserAsync("pierwsza", "Editor"));
        var second = await SignedInAsync(await UserAsync("druga", "Editor"));
        var page = await site.RunAsync<ContentManager, string>(async m =>
        {
            var item = await m.NewAsync("Page");
            item.GetOrCreatePart("TitlePart")["Title"] = "Wspólna strona";
            await m.CreateAsync(item, publish: true);
            return item.ContentItemId;
        });
        var url = $"/Admin/Content/Edit?id={page}";
        var firstForm = await FormAsync(first, url);
        var secondForm = await FormAsync(second, url);

        var saved = await PostAsync(first, url, firstForm, new() { ["f.TitlePart.Title"] = "Wspólna strona", ["f.MarkdownBodyPart.Markdown"] = "Wersja pierwszej osoby", ["submit"] = "publish" });
        var conflict = await PostAsync(second, url, secondForm, new() { ["f.TitlePart.Title"] = "Wspólna strona", ["f.MarkdownBodyPart.Markdown"] = "Wersja drugiej osoby", ["submit"] = "publish" });
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Ktoś inny zapisał ten element w międzyczasie.", html);
        Assert.Contains("Wersja drugiej osoby", html);
        Assert.Contains("Wersja pierwszej osoby", await NewClient().GetStringAsync("/wspolna-strona"));
    }

    [Fact]
    public async Task A_member_cannot_reach_the_admin_and_wrong_passwords_lock_an_account()
    {
        var member = await SignedInAsync(await UserAsync("czlonek", "Member"));
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/Admin/Content")).StatusCode);

        var name = await UserAsync("zapominalska", "Editor");
        var client = NewClient();
        var wrong = await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = "zle-haslo" });
        Assert.Contains("Nieprawidłowa nazwa użytkownika lub hasło.", await wrong.Content.ReadAsStringAsync());
        for (var i = 0; i < 4; i++)
        {
            await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = "zle-haslo" });
        }

        var locked = await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = Password });
        Assert.Contains("Konto jest czasowo zablokowane", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        await using var limited = new SiteFactory(new Dictionary<string, string>
        {
            ["Cms:Setup:AdminPassword"] = Password,
            ["Cms:Admin:LoginAttemptsPerMinute"] = "3",
        });
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await FormAsync(client, "/Login");
        form["UserName"] = "admin";
        form["Password"] = "zle";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsync("/Login", new FormUrlEncodedContent(form))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Login")).StatusCode);
    }

    [Theory]
    [InlineData("Administrator", true, true, true, true, true)]
    [InlineData("Editor", true, true, true, true, true)]
    [InlineData("Moderator", true, false, false, true, false)]
    [InlineData("Member", false, false, false, false, false)]
    [InlineData(null, false, false, false, false, false)]
    public async Task Permission_matrix_every_role_against_every_admin_action(string? role, bool list, bool openNewPage, bool createPage, bool editTopic, bool deletePage)
    {
        var client = role is null ? NewClient() : await SignedInAsync(await UserAsync($"osoba-{role.ToLowerInvariant()}", role));
        var victim = await site.RunAsync<ContentManager, string>(async m =>
        {
            var page = await m.NewAsync("Page");
            page.GetOrCreatePart("TitlePart")["Title"] = $"Strona do usunięcia {Guid.NewGuid():n}";
            await m.CreateAsync(page, publish: true);
            return page.ContentItemId;
        });

        var results = new[]
        {
            Allowed(await client.GetAsync("/Admin/Content")),
            Allowed(await client.GetAsync("/Admin/Content/Edit?type=Page")),
            Allowed(await client.PostAsync("/Admin/Content/Edit?type=Page", Form(await AntiforgeryAsync(client), new()
            {
                ["type"] = "Page", ["f.TitlePart.Title"] = $"Nowa strona {role}", ["submit"] = "publish",
            }))),
            Allowed(await client.GetAsync("/Admin/Content/Edit?id=4sf9k7pb0embex3pcrztabd048")),
            Allowed(await client.PostAsync("/Admin/Content?handler=Delete", Form(await AntiforgeryAsync(client), new() { ["id"] = victim }))),
        };

        Assert.Equal([list, openNewPage, createPage, editTopic, deletePage], results);
        Assert.Equal(deletePage, await site.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(victim)) is null);
    }

    /// <summary>Allowed: the page itself, or a redirect that is not to the sign-in page.</summary>
    private static bool Allowed(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK
        || (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.ToString().Contains("/Login", StringComparison.Ordinal));

    /// <summary>An antiforgery token for this client, taken from a page every visitor may open.</summary>
    private static async Task<Dictionary<string, string>> AntiforgeryAsync(HttpClient client) =>
        (await FormAsync(client, "/Login")).Where(f => f.Key == "__RequestVerificationToken").ToDictionary();

    private static FormUrlEncodedContent Form(Dictionary<string, string> hidden, Dictionary<string, string> fields) =>
        new(hidden.Concat(fields));

    private const string Password = "Haslo-123";

    private HttpClient NewClient() => site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<string> UserAsync(string name, string role)
    {
        await site.RunAsync<UserManager<IdentityUser>>(async users =>
        {
            var user = new IdentityUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        });
        return name;
    }

    private async Task<HttpClient> SignedInAsync(string name)
    {
        var client = NewClient();
        var response = await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
