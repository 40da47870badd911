using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>A reply belongs to a topic, and a locked topic takes no new replies.</summary>
public sealed class ForumReplyHandler(ContentQuery query, ContentLookup lookup) : IContentHandler
{
    public async Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.ContentType != ContentTypes.ForumReply)
        {
            return;
        }

        var topicId = context.ContentItem.ContainerId;
        if (topicId is null || await lookup.TypeOfAsync(topicId) != ContentTypes.ForumTopic)
        {
            context.Fail("ContainedPart.ListContentItemId", "Odpowiedź musi należeć do istniejącego tematu na forum.");
            return;
        }

        // An import keeps what the exported site had, replies to topics locked later included.
        if (context.Importing || await query.GetAsync(topicId, VersionOptions.Latest) is not { } topic)
        {
            return;
        }

        var isNew = await lookup.TypeOfAsync(context.ContentItem.ContentItemId) is null;
        if (isNew && topic.Part(ContentTypes.ForumTopic)?["Locked"]?["Value"]?.GetValue<bool>() == true)
        {
            context.Fail("ForumTopic.Locked", $"Temat „{topic.DisplayText}” jest zamknięty – nie można dodać odpowiedzi.");
        }
    }
}
