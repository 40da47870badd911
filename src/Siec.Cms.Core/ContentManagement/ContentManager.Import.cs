using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>Importing items as a recipe's Content step does.</summary>
public sealed partial class ContentManager
{
    /// <summary>
    /// Imports an item as a recipe's Content step does: a known version is updated in place, an unchanged item is
    /// skipped, anything else becomes a new version with the flags the item carries.
    /// </summary>
    public Task ImportAsync(ContentItem item) => ImportAsync([item]);

    /// <summary>
    /// Imports a batch of items, in order, as <see cref="ImportAsync(ContentItem)"/> does each. Items new to the site
    /// (the bulk of a network moved elsewhere) are validated against what the batch itself adds and written together:
    /// a few statements for the batch instead of a dozen for each item.
    /// </summary>
    public Task ImportAsync(IReadOnlyList<ContentItem> items) => transactions.RunAsync(async () =>
    {
        try
        {
            var (knownItems, knownVersions) = await KnownAsync(items);
            await lookup.PrefetchAsync(items.Select(i => i.ContainerId).OfType<string>().Distinct().ToList(),
                items.Select(i => i.RoutePath).OfType<string>().Distinct().ToList());
            var fresh = new List<(ContentItem Item, ContentItemRecord Record)>();
            foreach (var item in items)
            {
                if (string.IsNullOrWhiteSpace(item.ContentItemId))
                {
                    throw new ContentValidationException("?", item.ContentType, [new("ContentItemId", "Brak identyfikatora ContentItemId.")]);
                }

                var isFresh = knownItems.Add(item.ContentItemId) && (item.ContentItemVersionId is not { } v || knownVersions.Add(v));
                if (isFresh)
                {
                    fresh.Add((item, await AcceptFreshAsync(item)));
                }
                else
                {
                    await WriteFreshAsync(fresh);
                    await ImportOneAsync(item);
                }

                lookup.Remember(item);
            }

            await WriteFreshAsync(fresh);
        }
        finally
        {
            lookup.Forget();
            ForgetRecords();
        }
    });

    /// <summary>The items of the batch the site already has a version of, and the version ids it already has.</summary>
    private async Task<(HashSet<string> Items, HashSet<string> Versions)> KnownAsync(IReadOnlyList<ContentItem> batch)
    {
        var ids = batch.Select(i => i.ContentItemId).Distinct().ToList();
        var versionIds = batch.Select(i => i.ContentItemVersionId).OfType<string>().Distinct().ToList();
        // Two queries, each on its index: one with OR between the lists would read the whole table. Each list is one
        // parameter (EF.Parameter): SQLite looks each of a statement's parameters up among all the others.
        var items = await db.ContentItems.Where(r => EF.Parameter(ids).Contains(r.ContentItemId)).Select(r => r.ContentItemId).Distinct().ToListAsync();
        var versions = await db.ContentItems.Where(r => EF.Parameter(versionIds).Contains(r.ContentItemVersionId)).Select(r => r.ContentItemVersionId).ToListAsync();
        return (items.ToHashSet(StringComparer.Ordinal), versions.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Validates an item new to the site and makes its version, to be written with the rest of the batch.</summary>
    private async Task<ContentItemRecord> AcceptFreshAsync(ContentItem item)
    {
        var definition = await RequireTypeAsync(item.ContentType, item.ContentItemId);
        await PrepareAsync(item, definition, importing: true);
        var now = clock.UtcNow;
        item.CreatedUtc ??= now;
        item.ModifiedUtc ??= now;
        item.PublishedUtc ??= item.Published ? now : null;
        item.Owner ??= user.UserId;
        item.Author ??= user.UserName;
        item.ContentItemVersionId ??= IdGenerator.NewId();
        var record = new ContentItemRecord();
        ContentRecords.Apply(item, record);
        return record;
    }

    /// <summary>Saves the accepted new items and tells the handlers once for all of them.</summary>
    private async Task WriteFreshAsync(List<(ContentItem Item, ContentItemRecord Record)> fresh)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        await db.InsertAllAsync(fresh.Select(f => f.Record).ToList());
        var changes = fresh.Select(f => new ContentChange(f.Item, AuditActions.Imported)).ToList();
        foreach (var handler in handlers)
        {
            await handler.ImportedAsync(changes);
        }

        fresh.Clear();
    }

    private async Task ImportOneAsync(ContentItem item)
    {
        var definition = await RequireTypeAsync(item.ContentType, item.ContentItemId);
        // An item keeps its type for life: a recipe must not quietly turn, say, the forum into a blog post.
        if (await db.ContentItems.Where(r => r.ContentItemId == item.ContentItemId && r.ContentType != item.ContentType)
                .Select(r => r.ContentType).FirstOrDefaultAsync() is { } existingType)
        {
            throw new ContentValidationException(item.ContentItemId, item.ContentType, [new("ContentType",
                $"Element {item.ContentItemId} już istnieje jako {existingType}; receptura podaje typ {item.ContentType}. Typu istniejącego elementu nie można zmienić.")]);
        }

        await PrepareAsync(item, definition, importing: true);
        var now = clock.UtcNow;

        var version = item.ContentItemVersionId is null
            ? null
            : await db.ContentItems.FirstOrDefaultAsync(r => r.ContentItemVersionId == item.ContentItemVersionId);
        if (version is not null)
        {
            await UpdateVersionInPlaceAsync(version, item, definition);
            return;
        }

        var latest = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest);
        if (latest is not null && ContentRecords.SameContent(latest, item) && (latest.Published || !item.Published))
        {
            return;
        }

        item.CreatedUtc ??= latest?.CreatedUtc ?? now;
        item.ModifiedUtc ??= now;
        item.PublishedUtc ??= item.Published ? now : null;
        item.Owner ??= latest?.Owner ?? user.UserId;
        item.Author ??= user.UserName;
        item.ContentItemVersionId ??= IdGenerator.NewId();
        await StoreVersionAsync(item, definition, baseVersionId: null);
        await ChangedAsync(item, AuditActions.Imported);
    }

    private async Task UpdateVersionInPlaceAsync(ContentItemRecord version, ContentItem item, ContentTypeDefinition definition)
    {
        if (version.ContentItemId != item.ContentItemId)
        {
            throw new ContentValidationException(item.ContentItemId, item.ContentType,
                [new("ContentItemVersionId", $"Wersja {item.ContentItemVersionId} należy do innego elementu ({version.ContentItemId}).")]);
        }

        if (ContentRecords.SameContent(version, item) && version.Latest == item.Latest && version.Published == item.Published)
        {
            return;
        }

        var others = await db.ContentItems
            .Where(r => r.ContentItemId == item.ContentItemId && r.Id != version.Id && (r.Latest || r.Published))
            .ToListAsync();
        TakeFlagsFrom(others, item);

        item.CreatedUtc ??= version.CreatedUtc;
        item.ModifiedUtc ??= clock.UtcNow;
        item.PublishedUtc ??= version.PublishedUtc;
        item.Owner ??= version.Owner;
        item.Author ??= version.Author;
        ContentRecords.Apply(item, version);
        await RemoveOrphansAsync(definition.Name, others);
        await db.SaveChangesAsync();
        await ChangedAsync(item, AuditActions.Imported);
    }

    /// <summary>
    /// Stops tracking the rows an import wrote (they are saved): an import of thousands of items must not make each
    /// save scan every earlier one. Accounts and roles stay tracked for the setup that runs around a recipe.
    /// </summary>
    private void ForgetRecords()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity.GetType().Namespace == typeof(ContentItemRecord).Namespace).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
