using Microsoft.EntityFrameworkCore;
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
    public Task ImportAsync(ContentItem item) => transactions.RunAsync(async () =>
    {
        try
        {
            await ImportOneAsync(item);
        }
        finally
        {
            ForgetRecords();
        }
    });

    private async Task ImportOneAsync(ContentItem item)
    {
        if (string.IsNullOrWhiteSpace(item.ContentItemId))
        {
            throw new ContentValidationException("?", item.ContentType, [new("ContentItemId", "Brak identyfikatora ContentItemId.")]);
        }

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
