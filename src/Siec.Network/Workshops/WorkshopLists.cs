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

    /// <summary>The past meetings the calendar feed carries, latest first: a subscriber's calendar keeps older ones.</summary>
    public const int CalendarPast = 100;

    public async Task<IReadOnlyList<ContentItem>> UpcomingAsync(int take = UpcomingShown) =>
        (await query.ByDateFieldAsync(Query(onOrAfter: true), 0, take)).Items;

    public Task<(IReadOnlyList<ContentItem> Items, int Total)> PastAsync(int skip, int take) =>
        query.ByDateFieldAsync(Query(onOrAfter: false), skip, take);

    /// <summary>For the calendar feed: the coming meetings and the latest past ones.</summary>
    public async Task<IReadOnlyList<ContentItem>> CalendarAsync() =>
        [.. await UpcomingAsync(), .. (await PastAsync(0, CalendarPast)).Items];

    /// <summary>Meetings starting on or after <paramref name="fromUtc"/>, soonest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> StartingFromAsync(DateTime fromUtc, int take) =>
        (await query.ByDateFieldAsync(Query(onOrAfter: true) with { FilterField = "Start", Bound = fromUtc }, 0, take)).Items;

    private DateFieldQuery Query(bool onOrAfter) =>
        new(ContentTypes.Workshop, ContentTypes.Workshop, "End", clock.UtcNow, onOrAfter, "Start", Ascending: onOrAfter);
}
