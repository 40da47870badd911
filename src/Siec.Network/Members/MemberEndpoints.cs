using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Siec.Network.Site;

namespace Siec.Network.Members;

/// <summary><c>/czlonkowie</c>, the member directory.</summary>
public static class MemberEndpoints
{
    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder routes)
    {
        routes.MapCachedGet("/czlonkowie", MembersPage.ListAsync);
        return routes;
    }
}
