using Siec.Cms.Core.ContentManagement;
using Siec.Network.Common;
using Siec.Network.Taxonomies;

namespace Siec.Network.Forum;

/// <summary>
/// What a member can follow: a topic, a category, the forum, the blog, a thematic area (its new materials) or the
/// whole library of materials; with the name notifications give it and the page following returns to.
/// </summary>
public sealed class FollowTargets(ContentQuery query, ThematicAreas areas)
{
    /// <summary>The id following the library of materials is stored under (not an item's id).</summary>
    public const string Library = "materialy";

    public sealed record Target(string Id, string Name, string Path);

    public async Task<Target?> FindAsync(string id)
    {
        if (id == Library)
        {
            return new Target(Library, "Materiały samokształceniowe", "/materialy");
        }

        if (await query.GetAsync(id) is { ContentType: ContentTypes.ForumTopic or ContentTypes.ForumCategory or ContentTypes.Blog or ContentTypes.Forum } item)
        {
            return new Target(item.ContentItemId, item.DisplayText ?? "", item.Url ?? "/");
        }

        return (await areas.LoadAsync()).FirstOrDefault(t => ThematicAreas.Id(t) == id) is { } area
            ? new Target(id, area.GetValueOrDefault("DisplayText") as string ?? "", "/" + ThematicAreas.Path(area))
            : null;
    }
}
