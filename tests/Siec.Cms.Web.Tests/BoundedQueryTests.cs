using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// A page reads what it shows, not its list: the SQL statements and rows behind a blog post and a topic are the same
/// for a list of 10 items and one of 2,000, and those behind the home page, /forum, a category and /warsztaty do not
/// grow when 4,300 items arrive (counted by an EF Core interceptor on every command the site runs), on SQLite and PostgreSQL.
/// </summary>
public abstract class BoundedQueryTests : IAsyncLifetime
{
    private const string Category = "48n8892f1nj5rkrvw4naqmtb6g";
    private const string ThematicAreas = "4mscndvvz1sp8wbydg158fegtt";
    private const string MotivatingTeachers = "4q94wg8d4jjnd07m8kg6b2fhnh";
    private readonly SqlCounter _counter = new();
    private SiteFactory _site = null!;
    private WebApplicationFactory<Program> _counted = null!;

    public async Task InitializeAsync()
    {
        _site = new SiteFactory(new Dictionary<string, string>(Database) { ["Cms:Setup:AdminPassword"] = MailSites.Password, ["Cms:Forum:PostsAwaitingApproval"] = "0" });
        _counted = _site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IInterceptor>(_counter)));
        // The request runs in the test's execution context, so the counter sees only what the measured request runs
        // (not the outbox or the scheduler polling in the background meanwhile).
        _counted.Server.PreserveExecutionContext = true;
        // Ten more topics, so that the home page and the category show full pages before the big lists arrive too.
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var topics = Enumerable.Range(1, 10).Select(i => Item($"temat{i:D21}", "ForumTopic", $"Temat {i}", start.AddDays(i), $"forum/sprawy-ogolne/temat-{i}", Category, "ForumCategory"));
        // Full pages of workshops too: 25 past (a page is 20) and 5 upcoming.
        await ImportAsync(Lists("maly", 10).Concat(topics).Concat(Workshops("maly", 25, 5)).ToList());
    }

    /// <summary>Settings that choose the database (none: SQLite).</summary>
    protected virtual Dictionary<string, string> Database => [];

    public async Task DisposeAsync()
    {
        await _counted.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Pages_read_the_same_whatever_the_length_of_their_lists()
    {
        var reader = _counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var member = _counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await PostFormAsync(member, "/Login", new() { ["UserName"] = await ForumMembers.CreateAsync(_site, "liczaca"), ["Password"] = MailSites.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        string[] overviews = ["/", "/forum", "/forum/sprawy-ogolne", "/warsztaty", "/obszary/motywowanie-nauczycieli"];
        var before = new List<(int, int)>();
        foreach (var path in overviews)
        {
            before.Add(await MeasureAsync(reader, path, 1));
            before.Add(await MeasureAsync(member, path, 1));
        }

        await ImportAsync(Lists("duzy", 2000).Concat(Workshops("duzy", 300, 0)).ToList());

        var after = new List<(int, int)>();
        foreach (var path in overviews)
        {
            after.Add(await MeasureAsync(reader, path, 2));
            after.Add(await MeasureAsync(member, path, 2));
        }

        Assert.Equal(before, after);
        // The calendar feed: the 5 coming meetings and the latest 100 of the 325 past ones.
        var calendar = await reader.GetStringAsync("/warsztaty.ics");
        Assert.Equal(105, Regex.Count(calendar, "BEGIN:VEVENT"));
        Assert.Contains("SUMMARY:Spotkanie duzy 1\r\n", calendar);

        foreach (var (name, small, large, client) in new[]
        {
            ("post", "/maly-blog/wpis-5", "/duzy-blog/wpis-1000", reader),
            ("blog", "/maly-blog", "/duzy-blog", reader),
            ("topic", "/forum/sprawy-ogolne/maly-temat", "/forum/sprawy-ogolne/duzy-temat", reader),
            ("topic, signed in", "/forum/sprawy-ogolne/maly-temat", "/forum/sprawy-ogolne/duzy-temat", member),
        })
        {
            var few = await MeasureAsync(client, small, 1);
            var many = await MeasureAsync(client, large, 1);
            Assert.True(few.Statements == many.Statements, $"{name}: {few.Statements} statements with 10 items, {many.Statements} with 2,000");
            Assert.True(few.Rows == many.Rows, $"{name}: {few.Rows} rows read with 10 items, {many.Rows} with 2,000");
        }
    }

    [Fact]
    public async Task Opening_an_unchanged_topic_again_writes_nothing_and_a_new_reply_is_marked_read_at_the_next_visit()
    {
        const string topic = "/forum/sprawy-ogolne/maly-temat";
        var member = _counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(member, "/Login", new() { ["UserName"] = await ForumMembers.CreateAsync(_site, "czytelniczka"), ["Password"] = MailSites.Password })).StatusCode);

        Assert.True(await WritesAsync(member, topic) > 0, "the first visit marks the topic read");
        Assert.Equal(0, await WritesAsync(member, topic));
        Assert.DoesNotContain("maly-temat?nowe=1", await member.GetStringAsync("/forum/sprawy-ogolne"));

        var now = DateTime.UtcNow;
        await ImportAsync([Item("malyrnowa" + new string('0', 17), "ForumReply", null, now, null, "malytemat" + new string('0', 17), "ForumTopic")]);
        Assert.Contains("maly-temat?nowe=1", await member.GetStringAsync("/forum/sprawy-ogolne"));
        Assert.True(await WritesAsync(member, topic) > 0, "a visit after a new reply marks it read again");
        Assert.Equal(0, await WritesAsync(member, topic));
        Assert.DoesNotContain("maly-temat?nowe=1", await member.GetStringAsync("/forum/sprawy-ogolne"));
    }

    [Fact]
    public async Task A_members_topic_from_the_cache_reads_only_their_own_data_and_their_links_in_one_statement()
    {
        const string topic = "/forum/sprawy-ogolne/maly-temat";
        var member = _counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(member, "/Login", new() { ["UserName"] = await ForumMembers.CreateAsync(_site, "czytelnik"), ["Password"] = MailSites.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(topic)).StatusCode);

        var page = await CountedGetAsync(member, topic);
        Assert.NotNull(page.Headers.Age);
        Assert.Contains("Obserwuj (powiadomienia e-mail)", await page.Content.ReadAsStringAsync());
        // The follow button and the unread markers read the member's links together; nothing of the page's content
        // or templates is read again: the member's parts were rendered with the page and are only chosen.
        Assert.Single(_counter.Commands, c => c.Contains("FROM \"UserContentLinks\"", StringComparison.Ordinal));
        Assert.DoesNotContain(_counter.Commands, c => c.Contains("\"ContentItems\"", StringComparison.Ordinal) || c.Contains("\"Documents\"", StringComparison.Ordinal));
    }

    private async Task<int> WritesAsync(HttpClient client, string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await CountedGetAsync(client, path)).StatusCode);
        return _counter.Writes;
    }

    /// <summary>The response to a request whose statements alone the counter counts.</summary>
    private async Task<HttpResponseMessage> CountedGetAsync(HttpClient client, string path)
    {
        _counter.Reset();
        SqlCounter.Measuring.Value = true;
        try
        {
            return await client.GetAsync(path);
        }
        finally
        {
            SqlCounter.Measuring.Value = false;
        }
    }

    private async Task<(int Statements, int Rows)> MeasureAsync(HttpClient client, string path, int run)
    {
        // Once to warm what a process reads once (definitions, templates); the measured address is new to the page cache.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{path}?rozgrzewka={run}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CountedGetAsync(client, $"{path}?pomiar={run}")).StatusCode);

        Assert.True(_counter.Statements > 0, $"{path}: no statement counted, so nothing was measured");
        return (_counter.Statements, _counter.Rows);
    }

    /// <summary>A blog with <paramref name="count"/> posts, all in one thematic area, and a forum topic with as many replies.</summary>
    private static IEnumerable<JsonObject> Lists(string prefix, int count)
    {
        var blogId = ($"{prefix}blog" + new string('0', 26))[..26];
        var topicId = ($"{prefix}temat" + new string('0', 26))[..26];
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        yield return Item(blogId, "Blog", $"{prefix} blog", start, $"{prefix}-blog", null, null);
        yield return Item(topicId, "ForumTopic", $"{prefix} temat", start, $"forum/sprawy-ogolne/{prefix}-temat", Category, "ForumCategory");
        for (var i = 1; i <= count; i++)
        {
            var post = Item($"{prefix}p{i:D21}", "BlogPost", $"Wpis {i}", start.AddHours(i), $"{prefix}-blog/wpis-{i}", blogId, "Blog");
            // Every post in one thematic area, whose page shows the newest ten of each kind.
            post["BlogPost"] = new JsonObject
            {
                ["ThematicAreas"] = new JsonObject { ["TaxonomyContentItemId"] = ThematicAreas, ["TermContentItemIds"] = new JsonArray(MotivatingTeachers) },
            };
            yield return post;
            yield return Item($"{prefix}r{i:D21}", "ForumReply", null, start.AddHours(i), null, topicId, "ForumTopic");
        }
    }

    /// <summary>Workshops that ended before today, and upcoming ones, each a day long.</summary>
    private static IEnumerable<JsonObject> Workshops(string prefix, int past, int upcoming)
    {
        var today = DateTime.UtcNow.Date;
        for (var i = 1; i <= past + upcoming; i++)
        {
            var start = i <= past ? today.AddDays(-2 - i) : today.AddDays(10 + i);
            var workshop = Item($"{prefix}w{i:D21}", "Workshop", $"Spotkanie {prefix} {i}", start.AddDays(-30), $"warsztaty/{prefix}-{i}", null, null);
            workshop["Workshop"] = new JsonObject
            {
                ["Start"] = new JsonObject { ["Value"] = start.AddHours(9) },
                ["End"] = new JsonObject { ["Value"] = start.AddHours(15) },
            };
            yield return workshop;
        }
    }

    private static JsonObject Item(string id, string type, string? title, DateTime utc, string? path, string? list, string? listType)
    {
        var item = new JsonObject
        {
            ["ContentItemId"] = id, ["ContentItemVersionId"] = "v" + id[1..], ["ContentType"] = type, ["DisplayText"] = title ?? "", ["Latest"] = true, ["Published"] = true,
            ["CreatedUtc"] = utc, ["ModifiedUtc"] = utc, ["PublishedUtc"] = utc, ["Owner"] = "admin", ["Author"] = "admin",
            ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = $"Treść: {title ?? id}." },
        };
        if (title is not null)
        {
            item["TitlePart"] = new JsonObject { ["Title"] = title };
        }

        if (path is not null)
        {
            item["AutoroutePart"] = new JsonObject { ["Path"] = path };
        }

        if (list is not null)
        {
            item["ContainedPart"] = new JsonObject { ["ListContentItemId"] = list, ["ListContentType"] = listType };
        }

        return item;
    }

    private async Task ImportAsync(List<JsonObject> items)
    {
        var recipe = new JsonObject { ["name"] = "Listy", ["steps"] = new JsonArray(new JsonObject { ["name"] = "Content", ["data"] = new JsonArray([.. items]) }) };
        // Through the host that answers the measured requests: its page cache is the one a commit must evict.
        using var scope = _counted.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeReader.Read(recipe.ToJsonString(), basePath: null), new RecipeOptions());
    }
}

public sealed class SqliteBoundedQueryTests : BoundedQueryTests;

public sealed class PostgresBoundedQueryTests : BoundedQueryTests
{
    private readonly Dictionary<string, string> _database = PostgresSites.NewDatabase();

    protected override Dictionary<string, string> Database => _database;
}
