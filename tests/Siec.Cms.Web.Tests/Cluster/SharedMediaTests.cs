using System.Net;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests.Cluster;

/// <summary>Media in the database: a file uploaded through one node is served by every node, and the store's paths stay inside it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SharedMediaTests(SiteCluster cluster)
{
    [Fact]
    public async Task A_file_uploaded_on_node_2_downloads_from_node_3_byte_for_byte_and_hostile_names_and_types_are_refused()
    {
        var cookies = await cluster.SignInAsync(await cluster.UserAsync("mediateka", "Editor"), cluster.Nodes[1]);
        var uploader = cluster.Client(cluster.Nodes[1], cookies);
        var content = new byte[300_000];
        new Random(7).NextBytes(content);
        "%PDF-1.7\n"u8.CopyTo(content);
        var form = await FormAsync(uploader, "/Admin/Media");

        var uploaded = await uploader.PostAsync("/Admin/Media?handler=Upload", Multipart(form, "files", "Scenariusz – węzeł 2.pdf", content));
        var svg = await uploader.PostAsync("/Admin/Media?handler=Upload", Multipart(form, "files", "obrazek.svg", "<svg onload=\"alert(1)\"/>"u8.ToArray()));
        var climbing = await uploader.PostAsync("/Admin/Media?handler=Upload", Multipart(new Dictionary<string, string>(form) { ["folder"] = "../../.." }, "files", "x.pdf", content));

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var download = await cluster.Client(cluster.Nodes[2]).GetAsync("/media/" + Uri.EscapeDataString("Scenariusz – węzeł 2.pdf"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        var ranged = new HttpRequestMessage(HttpMethod.Get, "/media/" + Uri.EscapeDataString("Scenariusz – węzeł 2.pdf"));
        ranged.Headers.IfNoneMatch.Add(download.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await cluster.Client(cluster.Nodes[0]).SendAsync(ranged)).StatusCode);

        Assert.Contains("nie przyjmujemy: mogą zawierać skrypty", WebUtility.HtmlDecode(await svg.Content.ReadAsStringAsync()));
        Assert.Contains("wychodzi poza katalog mediów", WebUtility.HtmlDecode(await climbing.Content.ReadAsStringAsync()));
        foreach (var node in cluster.Nodes)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await cluster.Client(node).GetAsync("/media/obrazek.svg")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await cluster.Client(node).GetAsync("/media/..%2F..%2F..%2Fx.pdf")).StatusCode);
        }

        var listing = await cluster.Client(cluster.Nodes[0], cookies).GetStringAsync("/Admin/Media");
        Assert.Contains("Scenariusz – węzeł 2.pdf", WebUtility.HtmlDecode(listing));
        Assert.DoesNotContain("obrazek.svg", listing);
    }
}
