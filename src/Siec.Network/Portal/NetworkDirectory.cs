using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Setup;
using Siec.Cms.Core.Tenancy;
using Siec.Network.Common;
using Siec.Network.Joining;
using Siec.Network.Taxonomies;

namespace Siec.Network.Portal;

/// <summary>One network as the portal lists it, read from the network's own data.</summary>
public sealed class NetworkSummary
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Url { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Areas { get; set; } = [];

    /// <summary>Where applications and questions go: the address the network's "About" page already publishes.</summary>
    public string? Contact { get; set; }

    public int Members { get; set; }

    public DateTime? LatestActivityUtc { get; set; }
}

/// <summary>The portal's list of networks, a document of the platform's store, refreshed in the background.</summary>
public sealed class NetworkDirectoryDocument
{
    public const string DocumentKey = "Platform.NetworkDirectory";

    public List<NetworkSummary> Networks { get; set; } = [];

    public DateTime RefreshedUtc { get; set; }
}

/// <summary>
/// Reads every running, set-up network's summary (name, description, areas, contact, members, latest activity) and
/// keeps them in the platform's store, so the portal page reads one document, not two hundred databases.
/// </summary>
public sealed class NetworkDirectory(TenantShells shells, DocumentStore documents, Transactions transactions, SafeHtml html, IClock clock)
{
    private const int DescriptionLength = 240;

    public async Task<int> RefreshAsync(CancellationToken cancellation = default)
    {
        var summaries = new List<NetworkSummary>();
        await shells.ForEachRunningAsync(null, async services =>
        {
            if (await services.GetRequiredService<SetupService>().IsSetUpAsync())
            {
                summaries.Add(await SummarizeAsync(services));
            }
        }, cancellation);
        await transactions.RunAsync(() => documents.SaveAsync(NetworkDirectoryDocument.DocumentKey,
            new NetworkDirectoryDocument { Networks = summaries, RefreshedUtc = clock.UtcNow }));
        return summaries.Count;
    }

    public Task<NetworkDirectoryDocument> LoadAsync() => documents.GetAsync<NetworkDirectoryDocument>(NetworkDirectoryDocument.DocumentKey);

    private async Task<NetworkSummary> SummarizeAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<CmsDbContext>();
        var network = services.GetRequiredService<DocumentStore>();
        var about = await services.GetRequiredService<ContentQuery>().ByPathAsync(NetworkIds.AboutPath);
        var description = html.PlainText(about?.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>());
        var memberRole = await db.Roles.Where(r => r.Name == JoinForm.MemberRole).Select(r => r.Id).FirstOrDefaultAsync();
        return new NetworkSummary
        {
            Name = services.GetRequiredService<CurrentTenant>().Name,
            DisplayName = (await network.GetAsync<Cms.Core.Settings.SiteSettings>(Cms.Core.Settings.SiteSettings.DocumentKey)).SiteName,
            Url = await services.GetRequiredService<PublicAddress>().BaseUrlAsync(),
            Description = description.Length > DescriptionLength ? description[..DescriptionLength].TrimEnd() + "…" : description,
            Areas = (await services.GetRequiredService<ThematicAreas>().LoadAsync()).Select(t => t.GetValueOrDefault("DisplayText") as string).OfType<string>().ToList(),
            Contact = await Coordinator.EmailAsync(network),
            Members = memberRole is null ? 0 : await db.UserRoles.CountAsync(r => r.RoleId == memberRole),
            LatestActivityUtc = await db.ContentItems.Where(r => r.Published).MaxAsync(r => r.ModifiedUtc),
        };
    }
}
