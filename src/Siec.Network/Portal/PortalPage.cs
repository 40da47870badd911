using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Tenancy;
using Siec.Cms.Core.Text;
using Siec.Network.Site;

namespace Siec.Network.Portal;

/// <summary>
/// <c>/sieci</c> ("Przeglądaj sieci"), on the platform's own site only: every running network with its description,
/// thematic areas, contact, member count and latest activity, searchable, each linking to its site.
/// </summary>
public static class PortalPage
{
    public const string Path = "/sieci";
    private const int PageSize = 20;

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, ListAsync);
        return routes;
    }

    public static async Task<IResult> ListAsync(
        HttpContext http, SitePages pages, NetworkDirectory directory, TenantRegistry registry, CurrentTenant current, Siec.Cms.Admin.Platform.PlatformPass pass)
    {
        if (!current.IsDefault)
        {
            return await pages.NotFoundAsync(http);
        }

        var query = http.Request.Query["q"].ToString().Trim();
        var running = (await registry.AllAsync()).Where(t => t.State == TenantState.Running).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var networks = (await directory.LoadAsync()).Networks
            .Where(n => running.Contains(n.Name) && TextFolding.ContainsAllWords(Searchable(n), query))
            .OrderBy(n => n.DisplayName, StringComparer.Create(PolishFormat.Culture, ignoreCase: true))
            .ToList();
        var pager = Pager.From(http, PageSize, networks.Count);
        var model = new Dictionary<string, object?>
        {
            ["Query"] = query,
            ["Total"] = networks.Count,
            ["Networks"] = pager.Slice(networks).Select(n => new Dictionary<string, object?>
            {
                ["DisplayName"] = n.DisplayName, ["Url"] = n.Url, ["Description"] = n.Description, ["Areas"] = n.Areas,
                ["Contact"] = n.Contact, ["Members"] = n.Members,
                ["LatestActivity"] = n.LatestActivityUtc is { } latest ? PolishFormat.ToLocal(latest).ToString("d MMMM yyyy", PolishFormat.Culture) : null,
            }).ToList(),
            ["Pager"] = pager.ToModel(http),
            ["PlatformAccounts"] = pass.PlatformAddress is not null,
        };
        return await pages.TemplateAsync(http, "Portal", model, new PageMeta("Przeglądaj sieci", "Sieci współpracy i samokształcenia prowadzone na platformie."));
    }

    private static string Searchable(NetworkSummary network) => string.Join(' ', [network.DisplayName, network.Description, .. network.Areas]);
}
