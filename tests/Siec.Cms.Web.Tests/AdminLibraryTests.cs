using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>The media library, bulk actions, refused input and conflicting saves in the admin over HTTP.</summary>
public sealed class AdminLibraryTests(PublicSiteFixture site) : AdminTestBase(site), IClassFixture<PublicSiteFixture>
{
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

        upload.Add(new ByteArrayContent(TestFiles.Odt(100)), "files", "plan.odt");
        upload.Add(new ByteArrayContent(TestFiles.Pdf(100)), "files", "notatki.pdf");
        upload.Add(new ByteArrayContent(new byte[100]), "files", "skrypt.sh");
        var uploaded = await admin.PostAsync("/Admin/Media?handler=Upload", upload);
        var uploadedHtml = await uploaded.Content.ReadAsStringAsync();

        await Site.RunAsync<ContentManager>(async m =>
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
    public async Task An_uploaded_picture_gets_webp_widths_served_only_through_its_own_address()
    {
        var admin = await SignedInAsync(await UserAsync("fotoedytorka", "Administrator"));
        var form = await FormAsync(admin, "/Admin/Media");
        var upload = new MultipartFormDataContent();
        foreach (var (key, value) in form.Where(f => f.Key is "__RequestVerificationToken" or "folder"))
        {
            upload.Add(new StringContent(value), key);
        }

        upload.Add(new ByteArrayContent(TestFiles.Png(1200, 600)), "files", "panorama-sali.png");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/Admin/Media?handler=Upload", upload)).StatusCode);
        var reader = NewClient();

        foreach (var (width, expected) in new[] { (480, 480), (960, 960), (1920, 1200) })
        {
            var variant = await reader.GetAsync($"/media/panorama-sali.png?w={width}");
            Assert.Equal("image/webp", variant.Content.Headers.ContentType!.MediaType);
            using var picture = SkiaSharp.SKBitmap.Decode(await variant.Content.ReadAsByteArrayAsync());
            Assert.Equal(expected, picture.Width);
        }

        Assert.Equal("image/png", (await reader.GetAsync("/media/panorama-sali.png?w=123")).Content.Headers.ContentType!.MediaType);

        // The editor's paste upload: checked by its bytes, and only for who may manage media.
        var token = (await FormAsync(admin, "/Admin/Media"))["__RequestVerificationToken"];
        var hostile = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        hostile.Add(new ByteArrayContent("<html><script>alert(1)</script></html>"u8.ToArray()), "file", "wklejony.png");
        var refusedPaste = await admin.PostAsync("/Admin/Media?handler=Paste", hostile);
        Assert.Equal(HttpStatusCode.BadRequest, refusedPaste.StatusCode);
        Assert.Contains("nie jest plikiem PNG", await refusedPaste.Content.ReadAsStringAsync());
        var member = await SignedInAsync(await UserAsync("czytelniczka-mediow", "Member"));
        var memberUpload = new MultipartFormDataContent { { new StringContent((await FormAsync(member, "/konto/profil"))["__RequestVerificationToken"]), "__RequestVerificationToken" } };
        memberUpload.Add(new ByteArrayContent(TestFiles.Png(10, 10)), "file", "cudzy.png");
        Assert.NotEqual(HttpStatusCode.OK, (await member.PostAsync("/Admin/Media?handler=Paste", memberUpload)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync("/Admin/Media?handler=List")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/admin-assets/..%2F..%2Fappsettings.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/media/_warianty/panorama-sali.png/480.webp")).StatusCode);
        Assert.DoesNotContain("_warianty", await admin.GetStringAsync("/Admin/Media"));
        Assert.DoesNotContain("_warianty", await admin.GetStringAsync("/Admin/Media?handler=List&q=panorama"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Media?folder=_warianty")).StatusCode);

        await PostFormAsync(admin, "/Admin/Media", new() { ["path"] = "panorama-sali.png" }, "/Admin/Media?handler=Delete");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/media/panorama-sali.png?w=480")).StatusCode);
        Siec.Cms.Core.Media.MediaFile? left = null;
        await Site.RunAsync<Siec.Cms.Core.Media.MediaStore>(async m => left = await m.FindVariantAsync("panorama-sali.png", 480));
        Assert.Null(left);
    }

    [Fact]
    public async Task A_blog_posts_cover_picture_is_served_with_a_srcset_of_its_widths()
    {
        await Site.RunAsync<Siec.Cms.Core.Media.MediaStore>(async m =>
            Assert.Null(await m.SaveAsync("okladki/spotkanie.jpg.png", new MemoryStream(TestFiles.Png(1000, 500)), 0)));
        await Site.RunAsync<ContentManager>(async m =>
        {
            var post = await m.NewAsync("BlogPost");
            post.GetOrCreatePart("TitlePart")["Title"] = "Wpis z okładką";
            post.GetOrCreatePart("ContainedPart")["ListContentItemId"] = BlogId;
            post.GetOrCreatePart("BlogPost")["CoverImage"] = new System.Text.Json.Nodes.JsonObject
            {
                ["Paths"] = new System.Text.Json.Nodes.JsonArray("okladki/spotkanie.jpg.png"), ["MediaTexts"] = new System.Text.Json.Nodes.JsonArray("Sala pełna uczestników"),
            };
            await m.CreateAsync(post, publish: true);
        });

        var page = await NewClient().GetStringAsync("/blog/wpis-z-okladka");
        Assert.Contains("<img class=\"cover\" src=\"/media/okladki/spotkanie.jpg.png\" alt=\"Sala pełna uczestników\" srcset=\"/media/okladki/spotkanie.jpg.png?w=480 480w, /media/okladki/spotkanie.jpg.png?w=960 960w, /media/okladki/spotkanie.jpg.png?w=1920 1920w\"", page);
        Assert.Equal("image/webp", (await NewClient().GetAsync("/media/okladki/spotkanie.jpg.png?w=960")).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Bulk_actions_publish_and_unpublish_several_items_and_skip_what_the_user_may_not_touch()
    {
        var ids = await Site.RunAsync<ContentManager, List<string>>(async m =>
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
        var page = await Site.RunAsync<ContentManager, string>(async m =>
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
}
