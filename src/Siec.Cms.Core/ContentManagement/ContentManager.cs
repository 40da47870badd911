using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>Creates, versions, publishes and deletes content items. Latest and Published follow Orchard Core.</summary>
public sealed partial class ContentManager(
    CmsDbContext db,
    ContentDefinitionManager definitions,
    ContentQuery query,
    ContentLookup lookup,
    IEnumerable<IContentHandler> handlers,
    Transactions transactions,
    ContentUser user,
    IClock clock)
{
    public async Task<ContentItem> NewAsync(string contentType)
    {
        await RequireTypeAsync(contentType);
        return new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = contentType };
    }

    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published) =>
        query.GetAsync(contentItemId, options);

    /// <summary>The latest version of every item in a list (published or not), in list order.</summary>
    public Task<IReadOnlyList<ContentItem>> ContainedAsync(string listContentItemId) =>
        query.ContainedAsync(listContentItemId, VersionOptions.Latest);

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId) =>
        (await db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == contentItemId).OrderBy(r => r.Id).ToListAsync())
        .Select(ContentRecords.ToItem).ToList();

    /// <summary>Creates a new item: published, or a draft when the type is Draftable and <paramref name="publish"/> is false.</summary>
    public Task CreateAsync(ContentItem item, bool publish) => SaveAsync(item, publish, isNew: true, AuditActions.Created);

    /// <summary>Saves a new draft version on top of <see cref="ContentItem.ContentItemVersionId"/>, which must still be the latest.</summary>
    public Task SaveDraftAsync(ContentItem item) => SaveAsync(item, publish: false, isNew: false, AuditActions.Saved);

    /// <summary>Saves and publishes a new version on top of <see cref="ContentItem.ContentItemVersionId"/>, which must still be the latest.</summary>
    public Task PublishAsync(ContentItem item) => SaveAsync(item, publish: true, isNew: false, AuditActions.Published);

    /// <summary>Saves a draft (new or on top of the latest version) and asks those who may publish to review it.</summary>
    public Task SubmitForReviewAsync(ContentItem item, bool isNew) => SaveAsync(item, publish: false, isNew, AuditActions.Submitted);

    public Task UnpublishAsync(string contentItemId) => transactions.RunAsync(async () =>
    {
        var published = await db.ContentItems.FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published);
        if (published is null)
        {
            return;
        }

        published.Published = false;
        await RemoveOrphansAsync(published.ContentType, [published]);
        await db.SaveChangesAsync();
        await ChangedAsync(ContentRecords.ToItem(published), AuditActions.Unpublished);
    });

    /// <summary>Removes the item from readers and editors; the rows stay, as in Orchard Core, so it can be restored.</summary>
    public Task DeleteAsync(string contentItemId) => transactions.RunAsync(async () =>
    {
        // Every published item has a latest version, so no latest version means nothing left to delete.
        if (await GetAsync(contentItemId, VersionOptions.Latest) is not { } latest)
        {
            return;
        }

        await db.ContentItems.Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Latest, false).SetProperty(r => r.Published, false));
        await ChangedAsync(latest, AuditActions.Deleted);
    });

    /// <summary>A copy of the latest version as a new item, with its path generated anew.</summary>
    public async Task<ContentItem> CloneAsync(string contentItemId)
    {
        var source = await GetAsync(contentItemId, VersionOptions.Latest)
            ?? throw new InvalidOperationException($"Element {contentItemId} nie istnieje.");
        var clone = source.Clone();
        clone.ContentItemId = IdGenerator.NewId();
        clone.ContentItemVersionId = null;
        clone.CreatedUtc = clone.PublishedUtc = null;
        clone.Owner = null;
        clone.Part("AutoroutePart")?.Remove("Path");
        await CreateAsync(clone, publish: false);
        return clone;
    }

    /// <summary>Saves an earlier version's content as a new draft on top of the latest one (published at once when the type has no drafts).</summary>
    public async Task<ContentItem> RestoreAsync(string contentItemId, string contentItemVersionId)
    {
        var versions = await GetVersionsAsync(contentItemId);
        var old = versions.FirstOrDefault(v => v.ContentItemVersionId == contentItemVersionId)
            ?? throw new InvalidOperationException($"Wersja {contentItemVersionId} elementu {contentItemId} nie istnieje.");
        var latest = versions.FirstOrDefault(v => v.Latest)
            ?? throw new InvalidOperationException($"Element {contentItemId} został usunięty.");
        var restored = old.Clone();
        restored.ContentItemVersionId = latest.ContentItemVersionId;
        await SaveAsync(restored, publish: false, isNew: false, AuditActions.Restored);
        return restored;
    }

    private Task SaveAsync(ContentItem item, bool publish, bool isNew, string action) => transactions.RunAsync(async () =>
    {
        var definition = await RequireTypeAsync(item.ContentType, item.ContentItemId);
        await PrepareAsync(item, definition, importing: false);
        var latest = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest);
        var baseVersionId = item.ContentItemVersionId;
        if (isNew && latest is not null)
        {
            throw new InvalidOperationException($"Element {item.ContentItemId} już istnieje.");
        }

        if (!isNew)
        {
            var demoted = latest is null || latest.ContentItemVersionId != baseVersionId ? 0 : await db.ContentItems
                .Where(r => r.ContentItemVersionId == baseVersionId && r.Latest)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Latest, false));
            if (demoted == 0)
            {
                throw new ContentConflictException(item.ContentItemId, baseVersionId);
            }
        }

        var now = clock.UtcNow;
        item.Published = publish || !definition.TypeSettings.Draftable;
        item.Latest = true;
        item.CreatedUtc = latest?.CreatedUtc ?? now;
        item.ModifiedUtc = now;
        item.PublishedUtc = item.Published ? now : latest?.PublishedUtc;
        item.Owner = latest?.Owner ?? item.Owner ?? user.UserId;
        item.Author = user.UserName ?? item.Author;
        item.ContentItemVersionId = IdGenerator.NewId();
        await StoreVersionAsync(item, definition, baseVersionId);
        await ChangedAsync(item, action == AuditActions.Saved && item.Published ? AuditActions.Published : action);
        if (item.Published && latest?.PublishedUtc is null)
        {
            foreach (var handler in handlers)
            {
                await handler.FirstPublishedAsync(item);
            }
        }
    });

    private async Task PrepareAsync(ContentItem item, ContentTypeDefinition definition, bool importing)
    {
        var context = new ValidateContentContext(item, definition, importing);
        foreach (var handler in handlers)
        {
            await handler.UpdatingAsync(context);
        }

        foreach (var handler in handlers)
        {
            await handler.ValidatingAsync(context);
        }

        if (context.Errors.Count > 0)
        {
            throw new ContentValidationException(item.ContentItemId, item.ContentType, context.Errors);
        }
    }

    /// <summary>Adds the item as a new version and takes its flags away from the versions that had them.</summary>
    private async Task StoreVersionAsync(ContentItem item, ContentTypeDefinition definition, string? baseVersionId)
    {
        var others = await db.ContentItems
            .Where(r => r.ContentItemId == item.ContentItemId && (r.Latest || r.Published || r.ContentItemVersionId == baseVersionId))
            .ToListAsync();
        TakeFlagsFrom(others, item);

        await RemoveOrphansAsync(definition.Name, others);
        var record = new ContentItemRecord();
        ContentRecords.Apply(item, record);
        db.ContentItems.Add(record);
        await db.SaveChangesAsync();
    }

    /// <summary>Tells the handlers (indexing, the audit trail, modules) what happened.</summary>
    private async Task ChangedAsync(ContentItem item, string action)
    {
        var change = new ContentChange(item, action);
        foreach (var handler in handlers)
        {
            await handler.ChangedAsync(change);
        }
    }

    /// <summary>The item's new version becomes the latest or published one, so the others stop being it.</summary>
    private static void TakeFlagsFrom(IEnumerable<ContentItemRecord> others, ContentItem item)
    {
        foreach (var other in others)
        {
            other.Latest &= !item.Latest;
            other.Published &= !item.Published;
        }
    }

    /// <summary>A version that is neither latest nor published is history for Versionable types and dropped otherwise.</summary>
    private async Task RemoveOrphansAsync(string contentType, IEnumerable<ContentItemRecord> records)
    {
        var definition = await definitions.GetTypeAsync(contentType);
        if (definition?.TypeSettings.Versionable == true)
        {
            return;
        }

        db.ContentItems.RemoveRange(records.Where(r => !r.Latest && !r.Published));
    }

    private async Task<ContentTypeDefinition> RequireTypeAsync(string contentType, string? contentItemId = null) =>
        await definitions.GetTypeAsync(contentType)
        ?? throw new ContentValidationException(contentItemId ?? "?", contentType,
            [new("ContentType", $"Typ treści '{contentType}' nie istnieje.")]);
}
