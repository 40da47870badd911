using Microsoft.Extensions.Options;
using Siec.Cms.Core.ContentManagement.Handlers;

namespace Siec.Cms.Core.Caching;

/// <summary>
/// The content types a scope's transactions changed, turned after each commit into the output-cache tags to evict:
/// the sections of those types and the pages that named no section; every cached page when a changed type belongs to
/// no section, or when the commit changed no content at all (settings, sign-ups: what they show is not known here).
/// </summary>
public sealed class ChangedSections(IOptions<CacheSectionOptions> options) : IContentHandler
{
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);

    public Task ChangedAsync(ContentChange change)
    {
        _types.Add(change.Item.ContentType);
        return Task.CompletedTask;
    }

    /// <summary>The tags to evict for what committed since the last call.</summary>
    public IReadOnlyCollection<string> TakeTags()
    {
        var sections = _types.Select(options.Value.SectionsOf).ToList();
        _types.Clear();
        return sections.Count == 0 || sections.Any(s => s is null)
            ? [CacheSections.Everything]
            : [CacheSections.Unsectioned, .. sections.SelectMany(s => s!).Distinct().Select(CacheSections.Tag)];
    }
}
