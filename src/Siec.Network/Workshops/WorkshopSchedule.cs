using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Network.Workshops;

/// <summary>Whether a workshop is upcoming or past, derived from its dates and never stored.</summary>
public static class WorkshopSchedule
{
    public static bool IsUpcoming(ContentItem workshop, DateTime utcNow) =>
        Date(workshop.Part("Workshop")?["End"]) is { } end && end >= utcNow;

    public static DateTime? Date(JsonNode? field) =>
        field?["Value"] is JsonValue value ? ContentItemJson.ParseDate(value.ToString()) : null;
}
