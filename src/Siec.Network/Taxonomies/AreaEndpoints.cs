using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Siec.Network.Site;

namespace Siec.Network.Taxonomies;

/// <summary><c>/obszary/{slug}</c>, one thematic area's page.</summary>
public static class AreaEndpoints
{
    public static IEndpointRouteBuilder MapAreas(this IEndpointRouteBuilder routes)
    {
        routes.MapCachedGet("/obszary/{slug}", AreaPage.ShowAsync);
        return routes;
    }
}
