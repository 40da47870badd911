using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>Forum (a list of categories), ForumCategory (a list of topics), ForumTopic (a list of replies) and ForumReply.</summary>
public sealed class ForumMigrations(ContentDefinitionManager definitions, CmsDbContext db) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(ContentTypes.Forum, t => t
            .DisplayedAs("Forum").Editorial()
            .Page("{{ Model.ContentItem | display_text | slugify }}", "Opis forum")
            .Listing("3", ContentTypes.ForumCategory));
        await definitions.AlterTypeDefinitionAsync(ContentTypes.ForumCategory, t => t
            .DisplayedAs("Kategoria forum").Draftable().Versionable().Securable()
            .Page("{{ container | path }}/{{ Model.ContentItem | display_text | slugify }}", "Opis kategorii")
            .Listing("3", ContentTypes.ForumTopic)
            .WithPart(ContentTypes.ForumCategory, p => p.WithPosition("4")));
        await definitions.AlterPartDefinitionAsync(ContentTypes.ForumCategory, p => p.ThematicAreas("0", unique: true));
        await definitions.AlterTypeDefinitionAsync(ContentTypes.ForumTopic, t => t
            .DisplayedAs("Temat na forum").Versionable().Securable()
            .Page("{{ container | path }}/{{ Model.ContentItem | display_text | slugify }}")
            .Listing("3", ContentTypes.ForumReply)
            .WithPart(ContentTypes.ForumTopic, p => p.WithPosition("4")));
        await definitions.AlterPartDefinitionAsync(ContentTypes.ForumTopic, p => p
            .ThematicAreas("0", unique: true)
            .WithField("Pinned", f => f.OfType("BooleanField").WithDisplayName("Przypięty").WithPosition("1"))
            .WithField("Locked", f => f.OfType("BooleanField").WithDisplayName("Zamknięty").WithPosition("2"))
            .WithField("ReplyCount", f => f.OfType("NumericField").WithDisplayName("Liczba odpowiedzi").WithPosition("3")
                .WithSettings("NumericFieldSettings", new { Minimum = 0, Scale = 0 }))
            .WithField("LastActivityUtc", f => f.OfType("DateTimeField").WithDisplayName("Ostatnia aktywność").WithPosition("4")));
        await definitions.AlterTypeDefinitionAsync(ContentTypes.ForumReply, t => t
            .DisplayedAs("Odpowiedź na forum").Versionable().Securable()
            .WithPart("MarkdownBodyPart", p => p.WithPosition("0").WithDisplayName("Treść odpowiedzi"))
            .WithPart(ContentTypes.ForumReply, p => p.WithPosition("1")));
        await definitions.AlterPartDefinitionAsync(ContentTypes.ForumReply, p => p
            .WithField("ReplyTo", f => f.OfType("ContentPickerField").WithDisplayName("W odpowiedzi na").WithPosition("0")
                .WithSettings("ContentPickerFieldSettings", new { Multiple = false, DisplayedContentTypes = new[] { ContentTypes.ForumReply } })));
        return 1;
    }

    /// <summary>Members' first posts wait for a moderator as drafts, so topics and replies become draftable.</summary>
    public async Task<int> UpdateFrom1Async()
    {
        await definitions.AlterTypeDefinitionAsync(ContentTypes.ForumTopic, t => t.Draftable());
        await definitions.AlterTypeDefinitionAsync(ContentTypes.ForumReply, t => t.Draftable());
        return 2;
    }

    /// <summary>A pinned topic sorts first by its list order (<see cref="ForumTopicHandler"/>); topics pinned before get it once.</summary>
    public async Task<int> UpdateFrom2Async()
    {
        var pinned = db.ContentItems.Where(r => r.ContentType == ContentTypes.ForumTopic && (r.Latest || r.Published)
            && r.Content.Contains("\"Pinned\":{\"Value\":true}")).Select(r => r.Id);
        await db.ContainedIndex.Where(c => pinned.Contains(c.DocumentId)).ExecuteUpdateAsync(s => s.SetProperty(c => c.Order, ForumStats.PinnedOrder));
        return 3;
    }
}
