using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>
/// Answers what handlers ask about other items while one is saved: of what type a live item is, whether a path is
/// taken. An import asks for a whole batch in two queries (<see cref="PrefetchAsync"/>) and the batch's own items
/// are remembered as they are accepted, so validating an item costs no query of its own.
/// </summary>
public sealed class ContentLookup(CmsDbContext db)
{
    private readonly Dictionary<string, string?> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _pathOwners = new(StringComparer.Ordinal);

    /// <summary>The type of the item's latest or published version; null when there is none.</summary>
    public async Task<string?> TypeOfAsync(string contentItemId) =>
        _types.TryGetValue(contentItemId, out var type)
            ? type
            : await db.ContentItems.Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published))
                .Select(r => r.ContentType).FirstOrDefaultAsync();

    /// <summary>Whether another item than <paramref name="contentItemId"/> has the path.</summary>
    public async Task<bool> IsPathTakenAsync(string path, string contentItemId) =>
        _pathOwners.TryGetValue(path, out var owner)
            ? owner is not null && owner != contentItemId
            : await db.AutorouteIndex.AnyAsync(r => r.Path == path && r.ContentItemId != contentItemId);

    /// <summary>Reads the answers for a batch at once: the types of <paramref name="contentItemIds"/>, the owners of <paramref name="paths"/>.</summary>
    internal async Task PrefetchAsync(IReadOnlyCollection<string> contentItemIds, IReadOnlyCollection<string> paths)
    {
        Forget();
        foreach (var id in contentItemIds)
        {
            _types[id] = null;
        }

        foreach (var path in paths)
        {
            _pathOwners[path] = null;
        }

        foreach (var (id, type) in await db.ContentItems.Where(r => EF.Parameter(contentItemIds).Contains(r.ContentItemId) && (r.Latest || r.Published))
                     .Select(r => new ValueTuple<string, string>(r.ContentItemId, r.ContentType)).ToListAsync())
        {
            _types[id] = type;
        }

        // A path has one owner; several rows (latest and published versions) name the same item.
        foreach (var (path, owner) in await db.AutorouteIndex.Where(r => EF.Parameter(paths).Contains(r.Path))
                     .Select(r => new ValueTuple<string, string>(r.Path, r.ContentItemId)).ToListAsync())
        {
            _pathOwners[path] = owner;
        }
    }

    /// <summary>An item of the batch was accepted: later items of the batch may point at it.</summary>
    internal void Remember(ContentItem item) => _types[item.ContentItemId] = item.ContentType;

    /// <summary>An imported item of the batch takes a path: a later item of the batch with the same path is refused.</summary>
    internal void Claim(string path, string contentItemId) => _pathOwners[path] = contentItemId;

    /// <summary>Back to asking the database, once a batch is written (or abandoned).</summary>
    internal void Forget()
    {
        _types.Clear();
        _pathOwners.Clear();
    }
}
