using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Media;

/// <summary>Which latest or published items point at a media file, so a file in use is not deleted.</summary>
public sealed class MediaUsage(CmsDbContext db)
{
    public async Task<IReadOnlyList<ContentItem>> UsesAsync(string relativePath)
    {
        var quoted = System.Text.Json.JsonSerializer.Serialize(relativePath);
        var records = await db.ContentItems.AsNoTracking()
            .Where(r => (r.Latest || r.Published) && r.Content.Contains(quoted))
            .ToListAsync();
        return records.Select(ContentRecords.ToItem).DistinctBy(i => i.ContentItemId).ToList();
    }
}
