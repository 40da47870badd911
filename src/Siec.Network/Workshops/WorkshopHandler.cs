using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Network.Common;

namespace Siec.Network.Workshops;

/// <summary>A workshop, and each of its sessions, ends no earlier than it starts.</summary>
public sealed class WorkshopHandler : IContentHandler
{
    public Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.ContentType != ContentTypes.Workshop)
        {
            return Task.CompletedTask;
        }

        CheckRange(context, context.ContentItem.Part(ContentTypes.Workshop), ContentTypes.Workshop);
        if (context.ContentItem.Part("Sessions")?["ContentItems"] is JsonArray sessions)
        {
            for (var i = 0; i < sessions.Count; i++)
            {
                CheckRange(context, sessions[i]?["WorkshopSession"] as JsonObject, $"Sessions.ContentItems[{i}].WorkshopSession");
            }
        }

        return Task.CompletedTask;
    }

    private static void CheckRange(ValidateContentContext context, JsonObject? part, string property)
    {
        if (ContentItemJson.FieldDate(part?["Start"]) is { } start && ContentItemJson.FieldDate(part?["End"]) is { } end && end < start)
        {
            context.Fail($"{property}.End", "Koniec nie może być wcześniej niż początek.");
        }
    }
}
