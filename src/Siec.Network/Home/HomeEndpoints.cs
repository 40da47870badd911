using Microsoft.AspNetCore.Routing;
using Siec.Network.Site;

namespace Siec.Network.Home;

/// <summary>The home page's route.</summary>
public static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHome(this IEndpointRouteBuilder routes)
    {
        routes.MapCachedGet("/", HomePage.ShowAsync);
        return routes;
    }
}
