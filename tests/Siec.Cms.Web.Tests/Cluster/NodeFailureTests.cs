using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests.Cluster;

/// <summary>A node dies (SIGKILL) or the database goes away: nothing acknowledged is lost, nothing is done twice, and the site heals by itself.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class NodeFailureTests(SiteCluster cluster)
{
    private const string TopicId = "4sf9k7pb0embex3pcrztabd048";
    private const string TopicPath = "/forum/sprawy-ogolne/witamy-na-forum-sieci";

    [Fact]
    public async Task Five_hundred_mails_go_out_once_each_although_a_node_is_killed_while_sending()
    {
        var batch = Guid.NewGuid().ToString("n")[..8];
        await using (var scope = cluster.Data.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var now = DateTime.UtcNow;
            db.Outbox.AddRange(Enumerable.Range(1, 500).Select(i => new OutboxMessageRecord
            {
                Cause = $"klaster-{batch}-{i}", To = $"czlonek{i}@example.org", Subject = $"Podsumowanie {batch} nr {i}",
                TextBody = "Nowe wpisy na forum.", HtmlBody = "<p>Nowe wpisy na forum.</p>", CreatedUtc = now, NextAttemptUtc = now,
            }));
            cluster.Smtp.Delay = TimeSpan.FromMilliseconds(10);
            await db.SaveChangesAsync();
        }

        try
        {
            await cluster.Smtp.WaitForAsync(m => Ours(m, batch).Count() >= 100);
            cluster.Nodes[0].Kill();
            await cluster.Smtp.WaitForAsync(m => Ours(m, batch).Select(x => x.MessageId).Distinct().Count() == 500, seconds: 90);
        }
        finally
        {
            cluster.Smtp.Delay = TimeSpan.Zero;
            cluster.Nodes[0].Start();
            await cluster.Nodes[0].WaitReadyAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var arrived = Ours(cluster.Smtp.Messages, batch).ToList();
        var perMessage = arrived.GroupBy(m => m.MessageId).ToList();
        Assert.Equal(500, perMessage.Count);
        Assert.Equal(500, arrived.Select(m => m.Subject).Distinct().Count());
        // SMTP has no two-phase commit: a message the server accepted in the instant before its sender died cannot be
        // known as sent, and goes again under the same Message-ID. At most one such message per killed sender.
        Assert.True(arrived.Count - 500 <= 1, $"{arrived.Count - 500} messages arrived twice: {string.Join(", ", perMessage.Where(g => g.Count() > 1).Select(g => g.Key))}");
        await using var check = cluster.Data.CreateAsyncScope();
        var unsent = await check.ServiceProvider.GetRequiredService<CmsDbContext>().Outbox.CountAsync(m => m.Cause.StartsWith($"klaster-{batch}-") && m.SentUtc == null);
        Assert.Equal(0, unsent);
    }

    [Fact]
    public async Task Under_load_through_the_balancer_a_killed_node_loses_no_acknowledged_post_and_doubles_none()
    {
        var logsFrom = cluster.Nodes.Select(n => n.Log().Length).ToArray();
        var members = new List<string>();
        for (var i = 1; i <= 20; i++)
        {
            members.Add(await cluster.UserAsync($"obciazenie{i}", "Member"));
        }

        var readerCookie = (await cluster.SignInAsync(members[0])).GetCookies(new Uri(cluster.Balancer))["siec.auth"]!.Value;
        var clients = new List<(HttpClient Client, Dictionary<string, string> Form, string Member)>();
        foreach (var member in members)
        {
            var client = cluster.Client(cookies: await cluster.SignInAsync(member));
            client.Timeout = TimeSpan.FromSeconds(200);
            clients.Add((client, await FormAsync(client, TopicPath), member));
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var load = WrkAsync(readerCookie, 60);
        var posters = clients.Select(c => PostUntilAsync(c.Client, c.Form, c.Member, stop.Token)).ToList();
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(20));
        var killed = cluster.Nodes[1];
        var activity = await cluster.Postgres.ActivityAsync();
        var killAt = clock.Elapsed;
        killed.Kill();
        var deadAt = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(10));
        var restartAt = clock.Elapsed;
        killed.Start();
        await killed.WaitReadyAsync();
        var timeline = $"killed at {killAt.TotalSeconds:0.0} s, gone at {deadAt.TotalSeconds:0.0} s, restarted at {restartAt.TotalSeconds:0.0} s, ready at {clock.Elapsed.TotalSeconds:0.0} s";
        var outcomes = await Task.WhenAll(posters);
        var wrk = await load;

        var acknowledged = outcomes.SelectMany(o => o.Acknowledged).ToList();
        var failed = outcomes.SelectMany(o => o.Failed).ToList();
        var stored = await StoredMarkersAsync();
        Assert.True(acknowledged.Count > 20, $"only {acknowledged.Count} posts were acknowledged");
        Assert.All(acknowledged, marker => Assert.True(stored.TryGetValue(marker, out var count) && count == 1, $"post {marker}: stored {stored.GetValueOrDefault(marker)} times"));
        Assert.All(stored, pair => Assert.Equal(1, pair.Value));
        Assert.True(wrk.Requests > 100, $"wrk made only {wrk.Requests} requests:\n{wrk.Output}");
        // Only requests the killed node was working on may fail. HAProxy counts, for each node, the requests it gave
        // it (stot), those answered (req_tot) and those it sent on to another node (wredis): the rest were cut off by
        // the kill. The survivors have none and no 5xx; the clients saw no more failures than the killed node's.
        var stats = await cluster.BalancerStatsAsync();
        // CI shows only the end of its output, so the figures that decide go last, after the nodes' warnings.
        var report = string.Concat(cluster.Nodes.Select((n, i) => $"\nnode{n.Number} warnings during the test:\n" + string.Join('\n', (n.Log() is var log ? log[Math.Min(logsFrom[i], log.Length)..] : "").Split('\n').Where(l => l.Contains(" WRN]") || l.Contains(" ERR]")).TakeLast(15))))
            + $"\ndatabase at the kill:\n{activity}\n" + wrk.Output
            + "\nbalancer 5xx:\n" + string.Join('\n', cluster.BalancerErrors().TakeLast(20))
            + $"\n{timeline}; {wrk.Errors} load errors; failed posts: {string.Join("; ", failed)}; balancer: "
            + string.Join("; ", stats.Select(s => $"{s.Key}: " + string.Join(" ", s.Value.Where(c => c.Value != 0).Select(c => $"{c.Key}={c.Value}")))) + "\n";
        static long CutOff(Dictionary<string, long> node) => node["stot"] - node["req_tot"] - node["wredis"];
        foreach (var survivor in new[] { "node1", "node3" })
        {
            Assert.True(CutOff(stats[survivor]) == 0 && stats[survivor]["hrsp_5xx"] == 0, $"{report}{survivor} was cut off or answered 5xx");
        }

        Assert.True(wrk.Errors + failed.Count <= CutOff(stats["node2"]), report);
    }

    [Fact]
    public async Task While_PostgreSQL_restarts_the_nodes_answer_503_and_then_recover_by_themselves()
    {
        var cookies = await cluster.SignInAsync(await cluster.UserAsync("czytelniczka-awaria", "Member"));
        var statuses = new List<HttpStatusCode>();
        await cluster.Postgres.StopAsync();
        try
        {
            foreach (var node in cluster.Nodes)
            {
                var ready = await cluster.Client(node).GetAsync("/health/ready");
                var page = await cluster.Client(node, cookies).GetAsync("/forum");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
                Assert.Contains("chwilowo niedostępny", await page.Content.ReadAsStringAsync());
                Assert.NotNull(page.Headers.RetryAfter);
                statuses.Add(page.StatusCode);
            }
        }
        finally
        {
            await cluster.Postgres.StartAsync();
        }

        foreach (var node in cluster.Nodes)
        {
            await node.WaitReadyAsync(30);
            var until = DateTime.UtcNow.AddSeconds(30);
            HttpResponseMessage page;
            while ((page = await cluster.Client(node, cookies).GetAsync("/forum")).StatusCode != HttpStatusCode.OK)
            {
                Assert.True(page.StatusCode == HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < until, $"node{node.Number} answered {page.StatusCode}");
                await Task.Delay(200);
            }

            Assert.True(node.Running);
        }

        Assert.Equal(3, statuses.Count);
    }

    private static IEnumerable<MimeKit.MimeMessage> Ours(IReadOnlyList<MimeKit.MimeMessage> messages, string batch) =>
        messages.Where(m => m.Subject?.StartsWith($"Podsumowanie {batch} ", StringComparison.Ordinal) == true);

    /// <summary>A member posting replies one after another until told to stop; each reply carries a marker of its own.</summary>
    private static async Task<(List<string> Acknowledged, List<string> Failed)> PostUntilAsync(HttpClient client, Dictionary<string, string> form, string member, CancellationToken stop)
    {
        var acknowledged = new List<string>();
        var failed = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var marker = $"{member}x{n}";
            var started = clock.Elapsed;
            try
            {
                var response = await PostAsync(client, "/forum/wpis", new Dictionary<string, string>(form), new()
                {
                    ["parent"] = TopicId, ["tresc"] = $"Odpowiedź pod obciążeniem, znacznik-{marker}.",
                });
                if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("odpowiedz-", StringComparison.Ordinal))
                {
                    acknowledged.Add(marker);
                }
                else
                {
                    failed.Add($"{marker} at {started.TotalSeconds:0.0} s: {(int)response.StatusCode}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failed.Add($"{marker} at {started.TotalSeconds:0.0} s: {e.GetType().Name} after {(clock.Elapsed - started).TotalSeconds:0.0} s");
            }
        }

        return (acknowledged, failed);
    }

    private async Task<Dictionary<string, int>> StoredMarkersAsync()
    {
        await using var scope = cluster.Data.CreateAsyncScope();
        var contents = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ContentItems.AsNoTracking()
            .Where(r => r.ContentType == "ForumReply" && r.Latest && r.Content.Contains("znacznik-")).Select(r => r.Content).ToListAsync();
        return contents.SelectMany(c => Marker().Matches(c).Select(m => m.Groups[1].Value)).GroupBy(m => m).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>wrk through the balancer: 200 connections reading forum pages as a signed-in member.</summary>
    private async Task<(long Requests, long Errors, string Output)> WrkAsync(string cookie, int seconds)
    {
        var script = Path.Combine(Path.GetTempPath(), $"siec-wrk-{Guid.NewGuid():n}.lua");
        await File.WriteAllTextAsync(script, $$"""
            local paths = { "/forum", "/forum/sprawy-ogolne", "{{TopicPath}}", "/" }
            local i = 0
            statuses = {}
            local threads = {}
            setup = function(thread) table.insert(threads, thread) end
            init = function() statuses = {} end
            request = function()
              i = i % #paths + 1
              return wrk.format("GET", paths[i])
            end
            response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
            done = function()
              for _, thread in ipairs(threads) do
                for status, n in pairs(thread:get("statuses") or {}) do io.write(string.format("status %d: %d\n", status, n)) end
              end
            end
            """);
        var start = new ProcessStartInfo(ClusterServers.Require("/usr/bin/wrk", "wrk")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t2", "-c200", $"-d{seconds}s", "--timeout", "30s", "-s", script, "-H", $"Cookie: siec.auth={cookie}", cluster.Balancer })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(script);
        var requests = long.Parse(WrkRequests().Match(output).Groups[1].Value);
        var errors = WrkNon2xx().Match(output) is { Success: true } non2xx ? long.Parse(non2xx.Groups[1].Value) : 0;
        if (WrkSocketErrors().Match(output) is { Success: true } socket)
        {
            errors += Enumerable.Range(1, 4).Sum(g => long.Parse(socket.Groups[g].Value));
        }

        return (requests, errors, output);
    }

    [GeneratedRegex("znacznik-([a-z0-9]+x[0-9]+)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex WrkRequests();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex WrkNon2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex WrkSocketErrors();
}
