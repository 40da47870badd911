using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Security;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>Each hole of the security review, attacked over HTTP against a real site, and each attack refused (SQLite and PostgreSQL).</summary>
public abstract class SecurityTests : MailSiteTest
{
    private const string AboutPage = "4c13fdhmy70g5bef13p124gz6t";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    [Fact]
    public async Task A_member_cannot_plant_a_script_through_an_svg_photo_and_media_never_run_as_pages()
    {
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "zlosliwa"));
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('/Admin/Users')</script></svg>"u8.ToArray();

        var refused = await PostProfileAsync(member, "x.svg", svg, new());

        Assert.Contains("nie przyjmujemy", await refused.Content.ReadAsStringAsync());
        Assert.Empty(MediaFiles("*.svg"));

        // A file already in the library (from an older version) is sent so that no browser runs it.
        Directory.CreateDirectory(Path.Combine(Site.DataPath, "Media", "stare"));
        await File.WriteAllBytesAsync(Path.Combine(Site.DataPath, "Media", "stare", "logo.svg"), svg);
        var served = await MailSites.Client(Site).GetAsync("/media/stare/logo.svg");
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", served.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("attachment", served.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task An_upload_is_written_only_when_the_form_it_came_with_is_saved()
    {
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "niecierpliwa"));

        var refused = await PostProfileAsync(member, "twarz.png", Png, new() { ["f.MemberProfile.Voivodeship"] = "atlantyda" });
        Assert.Contains("Wybierz jedną z podanych wartości.", await refused.Content.ReadAsStringAsync());
        Assert.Empty(MediaFiles("twarz*.png"));

        var saved = await PostProfileAsync(member, "twarz.png", Png, new() { ["f.MemberProfile.Voivodeship"] = "łódzkie" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = Assert.Single(MediaFiles("twarz*.png"));
        Assert.Contains(Path.Combine("uploads", "members"), stored);
    }

    [Fact]
    public async Task A_forged_Host_header_never_reaches_a_mailed_link()
    {
        await MailSites.UserAsync(Site, "ofiara", "Editor");
        Assert.Equal(HttpStatusCode.OK, (await MailSites.Client(Site).GetAsync("/")).StatusCode);
        var attacker = MailSites.Client(Site);
        attacker.DefaultRequestHeaders.Host = "evil.example";

        await PostFormAsync(attacker, "/zapomniane-haslo", new() { ["Email"] = "ofiara@example.org" });
        var join = await PostFormAsync(attacker, "/dolacz", JoiningTests.Application("Ewa", "Hostowa", "ewa.host@example.org"));

        Assert.Equal("/dolacz?wyslano=1", join.Headers.Location!.ToString());
        await Smtp.WaitForAsync(_ => Smtp.To("ofiara@example.org").Any() && Smtp.To("moderator_siecibp@ore.edu.pl").Any());
        var mails = Smtp.Messages.Select(m => m.TextBody + m.HtmlBody).ToList();
        Assert.All(mails, body => Assert.DoesNotContain("evil.example", body));
        Assert.Contains("http://localhost/ustaw-haslo?u=", Smtp.To("ofiara@example.org").Single().TextBody);
        Assert.DoesNotContain("evil.example", await attacker.GetStringAsync("/sitemap.xml"));
        Assert.DoesNotContain("evil.example", await attacker.GetStringAsync("/blog/rss"));
    }

    [Fact]
    public async Task The_configured_public_address_wins_even_over_a_forged_first_request()
    {
        await using var site = MailSites.Create(Smtp, extra: new Dictionary<string, string> { ["Cms:BaseUrl"] = "https://siec.example/" });
        var attacker = MailSites.Client(site);
        attacker.DefaultRequestHeaders.Host = "evil.example";

        var robots = await attacker.GetStringAsync("/robots.txt");
        var page = await attacker.GetStringAsync("/blog");

        Assert.Contains("Sitemap: https://siec.example/sitemap.xml", robots);
        Assert.Contains("<link rel=\"canonical\" href=\"https://siec.example/blog\"", page);
        Assert.DoesNotContain("evil.example", page);
    }

    [Fact]
    public async Task The_editor_checks_the_stored_items_type_not_the_one_the_form_names()
    {
        var moderator = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "moderatorka", "Moderator"));
        var before = await TitleAsync(AboutPage);

        var shown = await moderator.GetAsync($"/Admin/Content/Edit?id={AboutPage}&type=ForumTopic");
        var forged = await moderator.PostAsync($"/Admin/Content/Edit?id={AboutPage}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(moderator), ["id"] = AboutPage, ["type"] = "ForumTopic",
            ["f.TitlePart.Title"] = "Przejęta strona", ["submit"] = "draft",
        }));

        Assert.NotEqual(HttpStatusCode.OK, shown.StatusCode);
        Assert.True(forged.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{forged.StatusCode}");
        Assert.DoesNotContain("/Admin/Content/Edit", forged.Headers.Location?.ToString() ?? "");
        Assert.Equal(before, await TitleAsync(AboutPage));
    }

    [Fact]
    public async Task Edit_own_rights_cannot_clone_someone_elses_item_and_the_delete_page_names_nothing_unallowed()
    {
        await Site.Services.CreateScope().ServiceProvider.GetRequiredService<RoleService>().SaveAsync(new RoleDefinition
        {
            Name = "Autor", Permissions = ["AccessAdminPanel", "EditOwnContent", "CloneOwnContent", "DeleteOwnContent"],
        });
        var author = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "autorka", "Autor"));
        var pages = await CountAsync("Page");

        var clone = await author.PostAsync("/Admin/Content/Edit?handler=Clone", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(author), ["id"] = AboutPage,
        }));
        var confirm = await author.GetStringAsync($"/Admin/Content/Delete?ids={AboutPage}");

        Assert.DoesNotContain("/Admin/Content/Edit", clone.Headers.Location?.ToString() ?? "");
        Assert.Equal(pages, await CountAsync("Page"));
        Assert.DoesNotContain("O sieci", confirm);
    }

    [Fact]
    public async Task A_disabled_account_is_signed_out_at_its_next_request()
    {
        var editor = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "wylaczana", "Editor"));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/Admin/Content")).StatusCode);
        var admin = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "wylaczajaca", "Administrator"));
        var id = Regex.Match(await admin.GetStringAsync("/Admin/Users?Q=wylaczana"), "name=\"id\" value=\"([^\"]+)\"").Groups[1].Value;

        var toggled = await PostFormAsync(admin, "/Admin/Users", new() { ["id"] = id }, "/Admin/Users?handler=Toggle");

        Assert.Equal(HttpStatusCode.Redirect, toggled.StatusCode);
        var after = await editor.GetAsync("/Admin/Content");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Login", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Members_see_only_their_own_uploads_and_a_drafts_file_stays_private()
    {
        await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(Path.Combine(Site.DataPath, "Media", "tajne")).FullName, "plan.pdf"), "%PDF-1.4"u8.ToArray());
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "ciekawska"));
        var draft = await CreateDraftMaterialAsync("tajne/plan.pdf");

        var form = await member.GetStringAsync("/konto/profil");
        var picked = await PostFormAsync(member, "/konto/profil", new() { ["f.MemberProfile.Photo"] = "tajne/plan.pdf" });
        var anonymous = await MailSites.Client(Site).GetAsync("/media/tajne/plan.pdf");

        Assert.DoesNotContain("tajne/plan.pdf", form);
        Assert.Contains("Wybierz jeden ze swoich plików", await picked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        var editor = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "redaktor-mediow", "Editor"));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/media/tajne/plan.pdf")).StatusCode);
        await Site.Services.CreateScope().ServiceProvider.GetRequiredService<ContentManager>().PublishAsync(draft);
        Assert.Equal(HttpStatusCode.OK, (await MailSites.Client(Site).GetAsync("/media/tajne/plan.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_sitemap_leaves_out_members_who_left_the_directory()
    {
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "skryta"));
        Assert.Contains("/czlonkowie/skryta", await MailSites.Client(Site).GetStringAsync("/sitemap.xml"));

        await PostFormAsync(member, "/konto/profil", new() { ["f.MemberProfile.ListedInDirectory"] = "false" });

        Assert.DoesNotContain("/czlonkowie/skryta", await MailSites.Client(Site).GetStringAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task An_uploaded_recipe_can_read_no_file_nor_secret_and_an_endless_script_stops()
    {
        var admin = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "importerka", "Administrator"));
        var attacks = new[]
        {
            """{ "steps": [ { "name": "Settings", "SiteName": "[file: text('/etc/passwd')]" } ] }""",
            """{ "steps": [ { "name": "media", "Files": [ { "TargetPath": "env.txt", "SourcePath": "../../../proc/self/environ" } ] } ] }""",
            """{ "steps": [ { "name": "Settings", "SiteName": "[js: configuration('Cms:Mail:Port', 'brak')]" } ] }""",
            """{ "steps": [ { "name": "Settings", "SiteName": "[js: while(true){}]" } ] }""",
        };

        var pages = new List<string>();
        foreach (var recipe in attacks)
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent((await FormAsync(admin, "/Admin/Recipes"))["__RequestVerificationToken"]), "__RequestVerificationToken" },
                { new StringContent("import"), "mode" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(recipe)), "upload", "atak.recipe.json" },
            };
            pages.Add(await Infrastructure.RecipeJobs.ReportAsync(admin, await admin.PostAsync("/Admin/Recipes", form)));
        }

        Assert.Contains("nie może czytać plików", pages[0]);
        Assert.DoesNotContain("root:", pages[0]);
        Assert.Contains("nie może czytać plików", pages[1]);
        Assert.False(File.Exists(Path.Combine(Site.DataPath, "Media", "env.txt")));
        Assert.Contains("Zaimportowano", pages[2]);
        Assert.Contains("nie dało się obliczyć", pages[3]);
        var siteName = await Site.Services.CreateScope().ServiceProvider.GetRequiredService<Siec.Cms.Core.Data.DocumentStore>()
            .GetAsync<Siec.Cms.Core.Settings.SiteSettings>(Siec.Cms.Core.Settings.SiteSettings.DocumentKey);
        Assert.Equal("brak", siteName.SiteName);
    }

    private async Task<HttpResponseMessage> PostProfileAsync(HttpClient member, string fileName, byte[] content, Dictionary<string, string> fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in (await FormAsync(member, "/konto/profil")).Concat(fields).GroupBy(f => f.Key).Select(g => g.Last()))
        {
            form.Add(new StringContent(value), key);
        }

        form.Add(new ByteArrayContent(content), "f.MemberProfile.Photo.upload", fileName);
        return await member.PostAsync("/konto/profil", form);
    }

    private List<string> MediaFiles(string pattern) =>
        Directory.Exists(Path.Combine(Site.DataPath, "Media"))
            ? Directory.GetFiles(Path.Combine(Site.DataPath, "Media"), pattern, SearchOption.AllDirectories).ToList()
            : [];

    private async Task<string?> TitleAsync(string id) =>
        (await Site.Services.CreateScope().ServiceProvider.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest))?.DisplayText;

    private async Task<int> CountAsync(string type) =>
        (await Site.Services.CreateScope().ServiceProvider.GetRequiredService<ContentQuery>().ByTypeAsync(type, VersionOptions.Latest)).Count;

    private async Task<ContentItem> CreateDraftMaterialAsync(string file)
    {
        var content = Site.Services.CreateScope().ServiceProvider.GetRequiredService<ContentManager>();
        var material = await content.NewAsync("Material");
        material.GetOrCreatePart("TitlePart")["Title"] = "Plan jeszcze nieogłoszony";
        material.GetOrCreatePart("Material")["File"] = new JsonObject { ["Paths"] = new JsonArray(file), ["MediaTexts"] = new JsonArray("") };
        material.GetOrCreatePart("Material")["Format"] = new JsonObject { ["Text"] = "poradnik" };
        await content.CreateAsync(material, publish: false);
        return (await content.GetAsync(material.ContentItemId, VersionOptions.Latest))!;
    }

    /// <summary>An antiforgery token for this client, from a page every visitor may open.</summary>
    private static async Task<string> TokenAsync(HttpClient client) => (await FormAsync(client, "/Login"))["__RequestVerificationToken"];
}

public sealed class SqliteSecurityTests : SecurityTests;

public sealed class PostgresSecurityTests : SecurityTests
{
    private readonly Dictionary<string, string> _database = PostgresSites.NewDatabase();

    protected override IDictionary<string, string>? Settings => _database;
}
