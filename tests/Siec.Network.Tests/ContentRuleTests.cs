using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Network.Tests;

/// <summary>The rules of each network type, enforced wherever an item is saved (admin, forum, recipes).</summary>
public sealed class ContentRuleTests
{
    private const string WelcomeTopic = "4sf9k7pb0embex3pcrztabd048";

    [Fact]
    public async Task A_reply_cannot_exist_without_its_topic()
    {
        await using var site = await NetworkSite.SetUpAsync();

        var orphan = await SaveReplyAsync(site, reply => { });
        var wrongContainer = await SaveReplyAsync(site, reply =>
            reply.GetOrCreatePart("ContainedPart")["ListContentItemId"] = "4paehqtkp08ggpqcrtcac0zrcm");

        Assert.Equal("ContainedPart.ListContentItemId", orphan!.Errors[0].Property);
        Assert.Contains("musi należeć do istniejącego tematu", wrongContainer!.Errors[0].Message);
    }

    [Fact]
    public async Task A_reply_to_an_open_topic_is_stored_and_a_locked_topic_refuses_new_replies()
    {
        await using var site = await NetworkSite.SetUpAsync();
        Assert.Null(await SaveReplyAsync(site, reply => reply.GetOrCreatePart("ContainedPart")["ListContentItemId"] = WelcomeTopic));

        await site.RunAsync<ContentManager>(async m =>
        {
            var topic = (await m.GetAsync(WelcomeTopic, VersionOptions.Latest))!;
            topic.GetOrCreatePart("ForumTopic")["Locked"] = new JsonObject { ["Value"] = true };
            await m.PublishAsync(topic);
        });
        var refused = await SaveReplyAsync(site, reply => reply.GetOrCreatePart("ContainedPart")["ListContentItemId"] = WelcomeTopic);

        Assert.Equal("Temat „Witamy na forum sieci” jest zamknięty – nie można dodać odpowiedzi.", refused!.Errors[0].Message);
        var replies = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ContainedAsync(WelcomeTopic));
        Assert.Single(replies);
    }

    [Fact]
    public async Task A_workshop_or_session_cannot_end_before_it_starts()
    {
        await using var site = await NetworkSite.SetUpAsync();
        var workshopEnd = await SaveWorkshopAsync(site, "2026-03-02T10:00:00Z", "2026-03-02T09:00:00Z", sessionEnd: null);
        var sessionEnd = await SaveWorkshopAsync(site, "2026-03-02T09:00:00Z", "2026-03-02T15:00:00Z", sessionEnd: "2026-03-02T08:00:00Z");
        var fine = await SaveWorkshopAsync(site, "2026-03-02T09:00:00Z", "2026-03-02T15:00:00Z", sessionEnd: "2026-03-02T11:00:00Z");

        Assert.Equal("Workshop.End", workshopEnd!.Errors[0].Property);
        Assert.Equal("Sessions.ContentItems[0].WorkshopSession.End", sessionEnd!.Errors[0].Property);
        Assert.Null(fine);
    }

    [Fact]
    public async Task A_material_needs_a_file_or_a_link_and_takes_type_and_size_from_the_file()
    {
        await using var site = await NetworkSite.SetUpAsync();
        await site.ImportAsync("""{ "steps": [ { "name": "media", "Files": [ { "TargetPath": "materialy/scenariusz-zajęć.odt", "Base64": "UEsDBAoAAAAAAA==" } ] } ] }""");

        var neither = await SaveMaterialAsync(site, m => { });
        var badFormat = await SaveMaterialAsync(site, m =>
        {
            m["ExternalLink"] = new JsonObject { ["Url"] = "https://example.org/poradnik" };
            m["Format"] = new JsonObject { ["Text"] = "wiersz" };
        });
        ContentItem? stored = null;
        var withFile = await SaveMaterialAsync(site, m =>
        {
            m["File"] = new JsonObject { ["Paths"] = new JsonArray("materialy/scenariusz-zajęć.odt"), ["MediaTexts"] = new JsonArray("") };
            m["FileType"] = new JsonObject { ["Text"] = "EXE" };
            m["FileSize"] = new JsonObject { ["Value"] = 1 };
        }, item => stored = item);

        Assert.Equal("Material.File", neither!.Errors[0].Property);
        Assert.Contains("plik albo odnośnik", neither.Errors[0].Message);
        Assert.Equal("Material.Format", badFormat!.Errors[0].Property);
        Assert.Null(withFile);
        var part = stored!.Part("Material")!;
        Assert.Equal("ODT", part["FileType"]!["Text"]!.GetValue<string>());
        Assert.Equal(10, part["FileSize"]!["Value"]!.GetValue<long>());
        Assert.Equal("CC BY 4.0", part["Licence"]!["Text"]!.GetValue<string>());
    }

    private static async Task<ContentValidationException?> SaveReplyAsync(TestSite site, Action<ContentItem> configure) =>
        await SaveAsync(site, "ForumReply", item =>
        {
            item.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = "Dziękuję za zaproszenie!";
            configure(item);
        });

    private static Task<ContentValidationException?> SaveWorkshopAsync(TestSite site, string start, string end, string? sessionEnd) =>
        SaveAsync(site, "Workshop", item =>
        {
            item.GetOrCreatePart("TitlePart")["Title"] = "Spotkanie z ekspertem " + Guid.NewGuid().ToString("n")[..6];
            item.GetOrCreatePart("Workshop")["Start"] = new JsonObject { ["Value"] = start };
            item.GetOrCreatePart("Workshop")["End"] = new JsonObject { ["Value"] = end };
            if (sessionEnd is not null)
            {
                item.GetOrCreatePart("Sessions")["ContentItems"] = new JsonArray(new JsonObject
                {
                    ["ContentItemId"] = IdGenerator.NewId(),
                    ["ContentType"] = "WorkshopSession",
                    ["TitlePart"] = new JsonObject { ["Title"] = "Sesja" },
                    ["WorkshopSession"] = new JsonObject
                    {
                        ["Start"] = new JsonObject { ["Value"] = start },
                        ["End"] = new JsonObject { ["Value"] = sessionEnd },
                    },
                });
            }
        });

    private static Task<ContentValidationException?> SaveMaterialAsync(TestSite site, Action<JsonObject> configure, Action<ContentItem>? saved = null) =>
        SaveAsync(site, "Material", item =>
        {
            item.GetOrCreatePart("TitlePart")["Title"] = "Scenariusz zajęć " + Guid.NewGuid().ToString("n")[..6];
            var part = item.GetOrCreatePart("Material");
            part["Format"] = new JsonObject { ["Text"] = "scenariusz zajęć" };
            configure(part);
        }, saved);

    private static async Task<ContentValidationException?> SaveAsync(TestSite site, string type, Action<ContentItem> configure, Action<ContentItem>? saved = null)
    {
        try
        {
            await site.RunAsync<ContentManager>(async m =>
            {
                var item = await m.NewAsync(type);
                configure(item);
                await m.CreateAsync(item, publish: true);
                saved?.Invoke((await m.GetAsync(item.ContentItemId))!);
            });
            return null;
        }
        catch (ContentValidationException e)
        {
            return e;
        }
    }
}
