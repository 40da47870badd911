using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>
/// A pinned topic comes first in its category: its list order (<c>ContainedPart.Order</c>, which the list index sorts
/// by) follows the Pinned field, so the category page sorts on the index alone.
/// </summary>
public sealed class ForumTopicHandler : IContentHandler
{
    public Task UpdatingAsync(ContentContext context)
    {
        if (context.ContentItem.ContentType == ContentTypes.ForumTopic && context.ContentItem.Part("ContainedPart") is { } contained)
        {
            var pinned = context.ContentItem.Part(ContentTypes.ForumTopic)?["Pinned"]?["Value"] is JsonValue v && v.TryGetValue<bool>(out var p) && p;
            contained["Order"] = pinned ? ForumStats.PinnedOrder : 0;
        }

        return Task.CompletedTask;
    }
}
