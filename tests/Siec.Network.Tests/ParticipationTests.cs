using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Privacy;
using Siec.Cms.Core.Tests.Infrastructure;
using Siec.Network.Workshops;

namespace Siec.Network.Tests;

/// <summary>
/// What members do, on each database: sign-ups racing for places, search limited to the forum, counts from the index,
/// and erasure leaving nothing of a member (including PostgreSQL's own tables).
/// </summary>
public abstract class ParticipationTests(DatabaseKind kind)
{
    private const string WorkshopId = "46ezyrq4asd2n9mhf06ftwm4zn";
    private const string WelcomeTopic = "4sf9k7pb0embex3pcrztabd048";

    [Fact]
    public async Task Concurrent_sign_ups_never_take_more_places_than_there_are_and_a_cancellation_promotes_the_first_waiting()
    {
        await using var site = await NetworkSite.SetUpAsync(kind: kind);
        await site.RunAsync<ContentManager>(async content =>
        {
            var workshop = (await content.GetAsync(WorkshopId, VersionOptions.Latest))!;
            var part = workshop.GetOrCreatePart("Workshop");
            part["Start"] = new JsonObject { ["Value"] = ContentItemJson.FormatDate(DateTime.UtcNow.AddDays(10)) };
            part["End"] = new JsonObject { ["Value"] = ContentItemJson.FormatDate(DateTime.UtcNow.AddDays(11)) };
            part["RegistrationOpen"] = new JsonObject { ["Value"] = true };
            part["Capacity"] = new JsonObject { ["Value"] = 5 };
            await content.PublishAsync(workshop);
        });
        var people = new List<ClaimsPrincipal>();
        for (var i = 0; i < 12; i++)
        {
            people.Add(await MemberAsync(site, $"osoba-{i}"));
        }

        var outcomes = await Task.WhenAll(people.Select(async person =>
        {
            await using var scope = site.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<WorkshopRegistrations>().RegisterAsync(person, WorkshopId);
        }));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(5, outcomes.Count(o => o.Status == WorkshopRegistrations.Confirmed));
        Assert.Equal(7, outcomes.Count(o => o.Status == WorkshopRegistrations.Waiting));
        var list = await site.RunAsync<WorkshopRegistrations, List<(Cms.Core.Data.Records.UserContentLinkRecord Link, IdentityUser? User)>>(r => r.ListAsync(WorkshopId));
        var firstWaiting = list.First(l => l.Link.Value == WorkshopRegistrations.Waiting).Link.UserId;
        var leaving = list.First(l => l.Link.Value == WorkshopRegistrations.Confirmed).Link;

        Assert.Null((await site.RunAsync<WorkshopRegistrations, WorkshopRegistrations.Outcome>(r => r.CancelAsync(leaving.Token!))).Error);
        list = await site.RunAsync<WorkshopRegistrations, List<(Cms.Core.Data.Records.UserContentLinkRecord Link, IdentityUser? User)>>(r => r.ListAsync(WorkshopId));
        Assert.Equal(5, list.Count(l => l.Link.Value == WorkshopRegistrations.Confirmed));
        Assert.Equal(WorkshopRegistrations.Confirmed, list.Single(l => l.Link.UserId == firstWaiting).Link.Value);
        Assert.Equal(5, await site.RunAsync<Counters, long>(c => c.GetAsync(WorkshopRegistrations.SeatsKey(WorkshopId))));
        Assert.Equal(13, await site.RunAsync<CmsDbContext, int>(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Search_limited_to_the_forum_finds_only_forum_posts_and_replies_are_counted_from_the_index()
    {
        await using var site = await NetworkSite.SetUpAsync(kind: kind);

        var forum = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.SearchAsync("sieci", 0, 20, ["ForumTopic", "ForumReply"]));
        var all = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.SearchAsync("sieci", 0, 20));
        var stats = await site.RunAsync<ContentQuery, Dictionary<string, (int Count, DateTime? Last)>>(q => q.ListStatsAsync([WelcomeTopic, "42sdhp0ewm0v7hqdqy29cmvqvw"]));

        Assert.NotEmpty(forum);
        Assert.All(forum, i => Assert.Equal("ForumTopic", i.ContentType));
        Assert.Contains(all, i => i.ContentType == "BlogPost");
        Assert.False(stats.ContainsKey(WelcomeTopic));
        Assert.Equal(1, stats["42sdhp0ewm0v7hqdqy29cmvqvw"].Count);
    }

    [Fact]
    public async Task Erasing_an_approved_member_leaves_nothing_of_them_in_any_table()
    {
        await using var site = await NetworkSite.SetUpAsync(kind: kind);
        var form = FormDefinition.From((await site.RunAsync<ContentQuery, ContentItem?>(q => q.ByPathAsync("dolacz")))!);
        var values = form.Inputs.Select(i => new FormValue(i.Name, i.Label, i.Name switch
        {
            "Imie" => "Weronika", "Nazwisko" => "Źdźbłowska", "Email" => "weronika.z@example.org", "Wojewodztwo" => "pomorskie",
            "Rola" => "nauczyciel bibliotekarz", "Zgoda" => "tak", _ => "Biblioteka Pedagogiczna w Gdańsku",
        })).ToList();
        var request = new FormRequest("http://localhost", "koordynatorka");
        var submission = await site.RunAsync<FormSubmissions, FormSubmission>(s => s.SubmitAsync(form, values, request));
        Assert.True(await site.RunAsync<FormSubmissions, bool>(s => s.DecideAsync(submission.Record.Id, approve: true, null, form, request)));
        var user = (await site.RunAsync<UserManager<IdentityUser>, IdentityUser?>(u => u.FindByEmailAsync("weronika.z@example.org")))!;
        Assert.Equal("weronika-zdzblowska", user.UserName);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var who = scope.ServiceProvider.GetRequiredService<ContentUser>();
            who.UserId = user.Id;
            who.UserName = user.UserName;
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var reply = await content.NewAsync("ForumReply");
            reply.GetOrCreatePart("ContainedPart")["ListContentItemId"] = WelcomeTopic;
            reply.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = "Dziękuję za przyjęcie!";
            await content.CreateAsync(reply, publish: true);
        }

        Assert.Contains("Źdźbłowska", await site.RunAsync<CmsDbContext, string>(DatabaseText.ReadAsync));
        await site.RunAsync<PersonalData>(p => p.EraseAsync(user));

        var text = await site.RunAsync<CmsDbContext, string>(DatabaseText.ReadAsync);
        Assert.DoesNotContain("weronika", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Źdźbłowska", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zdzblowska", text, StringComparison.OrdinalIgnoreCase);
        var replies = await site.RunAsync<ContentQuery, IReadOnlyList<ContentItem>>(q => q.ContainedAsync(WelcomeTopic));
        Assert.Equal("Użytkownik usunięty", Assert.Single(replies).Author);
    }

    private static async Task<ClaimsPrincipal> MemberAsync(TestSite site, string name)
    {
        var id = await site.RunAsync<UserManager<IdentityUser>, string>(async users =>
        {
            var user = new IdentityUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, "Member")).Succeeded);
            return user.Id;
        });
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name)], "test"));
    }
}

public sealed class SqliteParticipationTests() : ParticipationTests(DatabaseKind.Sqlite);

public sealed class PostgresParticipationTests() : ParticipationTests(DatabaseKind.Postgres);
