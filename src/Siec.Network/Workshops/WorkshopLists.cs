using Siec.Cms.Core.ContentManagement;
using Siec.Network.Common;

namespace Siec.Network.Workshops;

/// <summary>Published workshops split into upcoming (soonest first) and past (latest first).</summary>
public sealed class WorkshopLists(ContentQuery query, IClock clock)
{
    public async Task<(IReadOnlyList<ContentItem> Upcoming, IReadOnlyList<ContentItem> Past)> UpcomingAndPastAsync()
    {
        var all = await query.ByTypeAsync(ContentTypes.Workshop);
        var now = clock.UtcNow;
        var upcoming = all.Where(w => WorkshopSchedule.IsUpcoming(w, now)).OrderBy(w => WorkshopSchedule.Date(w.Part(ContentTypes.Workshop)?["Start"])).ToList();
        var past = all.Except(upcoming).OrderByDescending(w => WorkshopSchedule.Date(w.Part(ContentTypes.Workshop)?["Start"])).ToList();
        return (upcoming, past);
    }
}
