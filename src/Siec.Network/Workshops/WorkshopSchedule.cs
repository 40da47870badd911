using Siec.Cms.Core.ContentManagement;
using Siec.Network.Common;

namespace Siec.Network.Workshops;

/// <summary>Whether a workshop is upcoming or past, derived from its dates and never stored.</summary>
public static class WorkshopSchedule
{
    public static bool IsUpcoming(ContentItem workshop, DateTime utcNow) =>
        ContentItemJson.FieldDate(workshop.Part(ContentTypes.Workshop)?["End"]) is { } end && end >= utcNow;
}
