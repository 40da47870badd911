using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Web.Tests;

/// <summary>Every reader page kind, over HTTP, showing the default recipe's real content.</summary>
public sealed class PublicSiteTests(PublicSiteFixture site) : IClassFixture<PublicSiteFixture>
{
    private HttpClient Client => site.Client;

    [Fact]
    public async Task Home_shows_the_network_its_latest_post_last_workshop_forum_and_areas()
    {
        var html = await Client.GetStringAsync("/");

        Assert.Contains("<html lang=\"pl\">", html);
        Assert.Contains("href=\"#tresc\">Przejdź do treści</a>", html);
        Assert.Contains("<h1>Sieć bibliotek pedagogicznych</h1>", html);
        Assert.Contains("Inauguracja sieci współpracy i samokształcenia pracowników bibliotek pedagogicznych", html);
        Assert.Contains("Ostatnie spotkanie:", html);
        Assert.Contains("Spotkanie inauguracyjne sieci w Sulejówku", html);
        Assert.Contains("Witamy na forum sieci", html);
        Assert.Contains("href=\"/obszary/motywowanie-nauczycieli\">Motywowanie nauczycieli szkół i placówek, w tym praca z dorosłymi</a>", html);
        Assert.Contains("<a href=\"/\" aria-current=\"page\">Strona główna</a>", html);
        Assert.Contains("rel=\"alternate\" type=\"application/rss+xml\"", html);
    }

    [Fact]
    public async Task Blog_lists_the_post_and_the_post_page_shows_it_in_full_with_its_areas()
    {
        var list = await Client.GetStringAsync("/blog");
        var post = await Client.GetStringAsync("/blog/inauguracja-sieci");
        var published = (await site.RunAsync<ContentQuery, ContentItem?>(q => q.ByPathAsync("blog/inauguracja-sieci")))!.PublishedUtc!.Value;

        Assert.Contains("Blog koordynatora sieci", list);
        Assert.Contains("href=\"/blog/inauguracja-sieci\"", list);
        Assert.Contains(PolishFormat.Date(published), list);
        Assert.Contains("Spotkanie inauguracyjne miało miejsce w dniach 26-27 września w Sulejówku", post);
        Assert.Contains("<a href=\"mailto:moderator_siecibp@ore.edu.pl\">moderator_siecibp@ore.edu.pl</a>", post);
        Assert.Contains("href=\"/obszary/przelamywanie-stereotypow\"", post);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", post);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/blog/inauguracja-sieci\">", post);
        Assert.Contains("aria-current=\"page\">Blog</a>", post);
        Assert.Contains("<aside class=\"aside\" aria-label=\"Zobacz też\"><h2>Blog koordynatora</h2>", post);
        Assert.DoesNotContain("<aside", list);
    }

    [Fact]
    public async Task Forum_shows_categories_with_counts_topics_and_the_welcome_topic()
    {
        var forum = await Client.GetStringAsync("/forum");
        var category = await Client.GetStringAsync("/forum/sprawy-ogolne");
        var topic = await Client.GetStringAsync("/forum/sprawy-ogolne/witamy-na-forum-sieci");

        Assert.Equal(6, forum.Split("<th scope=\"row\">").Length - 1);
        Assert.Contains("href=\"/forum/sprawy-ogolne\">Sprawy ogólne</a></th>\n      <td>1</td>", forum);
        Assert.Contains("<span class=\"badge\">Przypięty</span>", category);
        Assert.Contains("href=\"/forum/sprawy-ogolne/witamy-na-forum-sieci\"", category);
        Assert.Contains("spotkania z ekspertami", topic);
        Assert.Contains("Nie ma jeszcze odpowiedzi.", topic);
    }

    [Fact]
    public async Task Workshops_list_the_past_meeting_and_its_page_shows_dates_place_and_agenda()
    {
        var list = await Client.GetStringAsync("/warsztaty");
        var page = await Client.GetStringAsync("/warsztaty/spotkanie-inauguracyjne-sulejowek");

        Assert.Contains("Nie ma zaplanowanych spotkań.", list);
        Assert.Contains("href=\"/warsztaty/spotkanie-inauguracyjne-sulejowek\"", list);
        Assert.Contains(">26 września 2014</time> – <time datetime=\"2014-09-27T21:59:59Z\">27 września 2014</time>", page);
        Assert.Contains("Centrum szkoleniowe Ośrodka Rozwoju Edukacji, Sulejówek", page);
        Assert.Equal(5, page.Split("<li>\n      <h3>").Length - 1);
        Assert.Contains("Prowadzenie: Elżbieta Mieczkowska (koordynator sieci), Agnieszka Pietryka (ORE)", page);
    }

    [Fact]
    public async Task ICalendar_feeds_parse_back_as_RFC_5545_events_in_Warsaw_time()
    {
        var all = await Client.GetAsync("/warsztaty.ics");
        var one = await Client.GetStringAsync("/warsztaty/spotkanie-inauguracyjne-sulejowek.ics");
        var text = await all.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", all.Content.Headers.ContentType!.MediaType);
        foreach (var calendar in new[] { text, one })
        {
            Assert.DoesNotContain(calendar.Replace("\r\n", ""), c => c == '\n');
            var lines = calendar.Replace("\r\n ", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.All(calendar.Split("\r\n"), l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, l));
            Assert.Equal("BEGIN:VCALENDAR", lines[0]);
            Assert.Equal("END:VCALENDAR", lines[^1]);
            Assert.Contains("TZID:Europe/Warsaw", lines);
            Assert.Contains("DTSTART;VALUE=DATE:20140926", lines);
            Assert.Contains("DTEND;VALUE=DATE:20140928", lines);
            Assert.Contains("SUMMARY:Spotkanie inauguracyjne sieci w Sulejówku", lines);
            Assert.Contains("LOCATION:Centrum szkoleniowe Ośrodka Rozwoju Edukacji\\, Sulejówek", lines);
            Assert.Equal(lines.Count(l => l == "BEGIN:VEVENT"), lines.Count(l => l == "END:VEVENT"));
        }
    }

    [Fact]
    public async Task RSS_feeds_parse_back_and_list_published_posts()
    {
        var blog = XDocument.Parse(await Client.GetStringAsync("/blog/rss"));
        var materials = XDocument.Parse(await Client.GetStringAsync("/materialy/rss"));

        Assert.Equal("2.0", blog.Root!.Attribute("version")!.Value);
        var item = Assert.Single(blog.Root.Element("channel")!.Elements("item"));
        Assert.Equal("Inauguracja sieci współpracy i samokształcenia pracowników bibliotek pedagogicznych", item.Element("title")!.Value);
        Assert.Equal("http://localhost/blog/inauguracja-sieci", item.Element("link")!.Value);
        Assert.True(DateTimeOffset.TryParse(item.Element("pubDate")!.Value, out _));
        Assert.Equal("pl", materials.Root!.Element("channel")!.Element("language")!.Value);
    }

    [Fact]
    public async Task A_draft_or_unpublished_item_is_a_Polish_404_and_the_sitemap_lists_only_published_items()
    {
        await site.RunAsync<ContentManager>(async m =>
        {
            var draft = await m.NewAsync("Page");
            draft.GetOrCreatePart("TitlePart")["Title"] = "Szkic strony";
            await m.CreateAsync(draft, publish: false);
            var gone = await m.NewAsync("Page");
            gone.GetOrCreatePart("TitlePart")["Title"] = "Wycofana strona";
            await m.CreateAsync(gone, publish: true);
            await m.UnpublishAsync(gone.ContentItemId);
        });

        var draft = await Client.GetAsync("/szkic-strony");
        var gone = await Client.GetAsync("/wycofana-strona");
        var sitemap = XDocument.Parse(await Client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value.Replace("http://localhost/", "")).ToHashSet();
        var published = await site.RunAsync<ContentQuery, IReadOnlyList<(string Path, DateTime ModifiedUtc)>>(q => q.PublishedPathsAsync());

        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Contains("Nie znaleziono strony", await draft.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.All(published, p => Assert.Contains(p.Path, listed));
        Assert.DoesNotContain("szkic-strony", listed);
        Assert.DoesNotContain("wycofana-strona", listed);
        Assert.Contains("blog/inauguracja-sieci", listed);
        Assert.Contains("obszary/kompetencje-i-komunikacja", listed);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", await Client.GetStringAsync("/robots.txt"));
    }

    [Fact]
    public async Task An_area_page_gathers_everything_in_that_area()
    {
        var html = await Client.GetStringAsync("/obszary/wspolpraca-ze-srodowiskiem-lokalnym");

        Assert.Contains("<h1>Współpraca ze środowiskiem lokalnym, w szczególności budowanie partnerstw", html);
        Assert.Contains("href=\"/blog/inauguracja-sieci\"", html);
        Assert.Contains("href=\"/warsztaty/spotkanie-inauguracyjne-sulejowek\"", html);
        Assert.Contains("href=\"/forum/wspolpraca-ze-srodowiskiem-lokalnym\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/obszary/nie-ma-takiego")).StatusCode);
    }

    [Fact]
    public async Task Search_finds_any_form_groups_by_kind_and_highlights_every_found_form()
    {
        var html = await Client.GetStringAsync("/szukaj?q=sulejowek");
        var phrase = await Client.GetStringAsync("/szukaj?q=" + Uri.EscapeDataString("\"w Sulejówku\""));
        var none = await Client.GetStringAsync("/szukaj?q=kosmonauta");

        Assert.Contains("<h2>Wpis na blogu</h2>", html);
        Assert.Contains("<h2>Warsztaty / spotkanie</h2>", html);
        Assert.Contains("<mark>Sulejówku</mark>", html);
        Assert.Contains("<mark>Sulejówku</mark>", phrase);
        Assert.Contains("<mark>w</mark> <mark>Sulejówku</mark>", phrase);
        Assert.Contains("Nic nie znaleziono dla „kosmonauta”.", none);
    }

    [Fact]
    public async Task Materials_show_file_type_size_and_licence_filter_and_download_with_the_Polish_file_name()
    {
        await site.RunAsync<MediaStore>(m => m.WriteAsync("materialy/Scenariusz zajęć – źródła.odt", new byte[2048]));
        await site.RunAsync<ContentManager>(async m =>
        {
            foreach (var (title, format, file) in new[] { ("Scenariusz o źródłach", "scenariusz zajęć", true), ("Poradnik coachingu", "poradnik", false) })
            {
                var material = await m.NewAsync("Material");
                material.GetOrCreatePart("TitlePart")["Title"] = title;
                var part = material.GetOrCreatePart("Material");
                part["Format"] = new JsonObject { ["Text"] = format };
                part["Author"] = new JsonObject { ["Text"] = "Elżbieta Mieczkowska" };
                part[file ? "File" : "ExternalLink"] = file
                    ? new JsonObject { ["Paths"] = new JsonArray("materialy/Scenariusz zajęć – źródła.odt"), ["MediaTexts"] = new JsonArray("") }
                    : new JsonObject { ["Url"] = "https://example.org/poradnik", ["Text"] = "Poradnik" };
                await m.CreateAsync(material, publish: true);
            }
        });

        var list = await Client.GetStringAsync("/materialy");
        var filtered = await Client.GetStringAsync("/materialy?forma=poradnik");
        var download = await Client.GetAsync("/materialy/scenariusz-o-zrodlach/pobierz");

        Assert.Contains("(ODT, 2 kB)", list);
        Assert.Contains("licencja CC BY 4.0", list);
        Assert.Contains("Otwórz odnośnik", list);
        Assert.Contains("Znalezione materiały: 1", filtered);
        Assert.DoesNotContain("Scenariusz o źródłach", filtered);
        Assert.Equal("application/vnd.oasis.opendocument.text", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Scenariusz zajęć – źródła.odt", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(2048, (await download.Content.ReadAsByteArrayAsync()).Length);
        await Client.GetAsync("/materialy/scenariusz-o-zrodlach/pobierz");
        var material = (await site.RunAsync<ContentQuery, ContentItem?>(q => q.ByPathAsync("materialy/scenariusz-o-zrodlach")))!;
        Assert.Equal(2, await site.RunAsync<Counters, long>(c => c.GetAsync("downloads:" + material.ContentItemId)));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/materialy/poradnik-coachingu/pobierz")).StatusCode);
    }

    [Fact]
    public async Task The_accessibility_statement_has_the_mandated_ids_and_every_page_links_to_it()
    {
        var statement = await Client.GetStringAsync("/deklaracja-dostepnosci");
        var pages = await Task.WhenAll(new[] { "/", "/materialy", "/nie-ma" }.Select(async p => await (await Client.GetAsync(p)).Content.ReadAsStringAsync()));

        foreach (var id in new[] { "a11y-wstep", "a11y-podmiot", "a11y-url", "a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-status",
                     "a11y-data-sporzadzenie", "a11y-ocena", "a11y-kontakt", "a11y-osoba", "a11y-email", "a11y-telefon", "a11y-procedura" })
        {
            Assert.Contains($"id=\"{id}\"", statement);
        }

        Assert.Contains("<span id=\"a11y-podmiot\">Ośrodek Rozwoju Edukacji</span>", statement);
        Assert.Contains("<a id=\"a11y-email\" href=\"mailto:moderator_siecibp@ore.edu.pl\">", statement);
        Assert.All(pages, html =>
        {
            Assert.Contains("<meta name=\"deklaracja-dostępności\" content=\"http://localhost/deklaracja-dostepnosci\">", html);
            Assert.Contains("<a href=\"/deklaracja-dostepnosci\">Deklaracja dostępności</a>", html);
        });
    }

    [Fact]
    public async Task Pages_are_served_from_the_cache_until_a_change_is_published()
    {
        var id = await site.RunAsync<ContentManager, string>(async m =>
        {
            var page = await m.NewAsync("Page");
            page.GetOrCreatePart("TitlePart")["Title"] = "Regulamin forum";
            await m.CreateAsync(page, publish: true);
            return page.ContentItemId;
        });
        Assert.Contains("<h1>Regulamin forum</h1>", await Client.GetStringAsync("/regulamin-forum"));

        await site.RunAsync<CmsDbContext>(db => db.ContentItems.Where(r => r.ContentItemId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DisplayText, "Zmiana z pominięciem CMS")));
        var cached = await Client.GetStringAsync("/regulamin-forum");
        await site.RunAsync<ContentManager>(async m =>
        {
            var page = (await m.GetAsync(id, VersionOptions.Latest))!;
            page.GetOrCreatePart("TitlePart")["Title"] = "Regulamin forum sieci";
            await m.PublishAsync(page);
        });
        var fresh = await Client.GetStringAsync("/regulamin-forum");

        Assert.Contains("<h1>Regulamin forum</h1>", cached);
        Assert.Contains("<h1>Regulamin forum sieci</h1>", fresh);
    }

    [Fact]
    public async Task Every_module_type_has_Detail_and_Summary_templates_that_render()
    {
        var definitions = await site.RunAsync<ContentDefinitionManager, ContentDefinitionDocument>(d => d.LoadAsync());
        string[] moduleTypes = ["Blog", "BlogPost", "Forum", "ForumCategory", "ForumTopic", "ForumReply", "Material", "Workshop", "Page", "AccessibilityStatement"];

        foreach (var type in moduleTypes)
        {
            Assert.NotNull(definitions.FindType(type));
            foreach (var displayType in new[] { "Detail", "Summary" })
            {
                var html = await site.RunAsync<ContentDisplay, string>(async d =>
                {
                    var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = type, DisplayText = $"Próba {type}" };
                    item.GetOrCreatePart("AutoroutePart")["Path"] = "proba";
                    item.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = $"Próba {type}";
                    return (await d.RenderItemAsync(item, displayType)).Html;
                });
                Assert.Contains($"Próba {type}", html);
                Assert.Equal(displayType == "Detail" && type != "ForumReply", html.Contains("<h1", StringComparison.Ordinal));
            }
        }
    }
}
