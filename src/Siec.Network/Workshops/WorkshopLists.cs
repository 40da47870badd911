using Siec.Cms.Core.ContentManagement;
using Siec.Network.Common;

namespace Siec.Network.Workshops;

/// <summary>
/// Published workshops from the DateTimeField index: upcoming (not yet ended, soonest first) and one page of past
/// ones (latest first), so the page reads what it shows however many meetings the network has held.
/// </summary>
public sealed class WorkshopLists(ContentQuery query, IClock clock)
{
    /// <summary>More upcoming meetings than any network plans at once; the list stops there.</summary>
    public const int UpcomingShown = 50;

    public async Task<IReadOnlyList<ContentItem>> UpcomingAsync(int take = UpcomingShown) =>
        (await query.ByDateFieldAsync(Query(onOrAfter: true), 0, take)).Items;

    public Task<(IReadOnlyList<ContentItem> Items, int Total)> PastAsync(int skip, int take) =>
        query.ByDateFieldAsync(Query(onOrAfter: false), skip, take);

    private DateFieldQuery Query(bool onOrAfter) =>
        new(ContentTypes.Workshop, ContentTypes.Workshop, "End", clock.UtcNow, onOrAfter, "Start", Ascending: onOrAfter);
}
