using System.Security.Claims;
using Siec.Cms.Admin.Navigation;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>The dashboard's "Ostatnio na forum": the ten newest published topics and replies.</summary>
public sealed class ForumActivityCard(ContentQuery query) : IDashboardCard
{
    public async Task<DashboardCard?> BuildAsync(ClaimsPrincipal user)
    {
        var latest = (await query.LatestAsync([ContentTypes.ForumTopic, ContentTypes.ForumReply], "published", null, 0, 10)).Items;
        var lines = latest.Select(item => new DashboardLine(
            item.ContentType == ContentTypes.ForumReply ? "Odpowiedź:" : "Temat:",
            string.IsNullOrEmpty(item.DisplayText) ? "(odpowiedź)" : item.DisplayText,
            $"/Admin/Content/Edit?id={item.ContentItemId}",
            $"– {item.Author}, {(item.ModifiedUtc is { } m ? PolishFormat.DateAndTime(m) : "")}")).ToList();
        return new DashboardCard("Ostatnio na forum", lines, "Brak wpisów.");
    }
}
