using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Parts;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>A reply belongs to a topic, and a locked topic takes no new replies.</summary>
public sealed class ForumReplyHandler(ContentQuery query) : IContentHandler
{
    public async Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.ContentType != ContentTypes.ForumReply)
        {
            return;
        }

        var topicId = context.ContentItem.ContainerId;
        var topic = topicId is null ? null : await query.GetAsync(topicId, VersionOptions.Latest);
        if (topic?.ContentType != ContentTypes.ForumTopic)
        {
            context.Fail("ContainedPart.ListContentItemId", "Odpowiedź musi należeć do istniejącego tematu na forum.");
            return;
        }

        var isNew = await query.GetAsync(context.ContentItem.ContentItemId, VersionOptions.Latest) is null;
        if (isNew && !context.Importing && topic.Part(ContentTypes.ForumTopic)?["Locked"]?["Value"]?.GetValue<bool>() == true)
        {
            context.Fail("ForumTopic.Locked", $"Temat „{topic.DisplayText}” jest zamknięty – nie można dodać odpowiedzi.");
        }
    }
}
