using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Mail;
using Siec.Network.Common;

namespace Siec.Network.Materials;

/// <summary>
/// The coordinator hears of each member's material waiting for review; the member hears of each decision on it
/// (published, changes asked for, rejected), with the coordinator's message.
/// </summary>
public sealed class MaterialMails(MailOutbox outbox, UserManager<IdentityUser> users, PublicAddress address, DocumentStore documents) : IContentHandler
{
    public async Task AwaitingApprovalAsync(ContentItem material)
    {
        if (await Coordinator.EmailAsync(documents) is { } coordinator)
        {
            var model = await ModelAsync(material);
            model["ReviewLink"] = $"{model["BaseUrl"]}/Admin/Review";
            await outbox.EnqueueAsync("MaterialAwaitingApproval", coordinator, model, $"material-waiting:{material.ContentItemVersionId}");
        }
    }

    public async Task ReviewedAsync(ContentItem item, string decision, string? message)
    {
        if (item.ContentType != ContentTypes.Material || item.Owner is null || await users.FindByIdAsync(item.Owner) is not { Email: { } email } owner)
        {
            return;
        }

        var model = await ModelAsync(item);
        model["UserName"] = owner.UserName;
        model["Decision"] = decision switch
        {
            AuditActions.Published => "published",
            AuditActions.ChangesRequested => "changes",
            _ => "rejected",
        };
        model["Message"] = message;
        model["MineLink"] = $"{model["BaseUrl"]}{MaterialSharingEndpoints.MinePath}";
        await outbox.EnqueueAsync("MaterialReviewed", email, model, $"material-reviewed:{item.ContentItemVersionId}:{decision}", owner.Id);
    }

    private async Task<Dictionary<string, object?>> ModelAsync(ContentItem material)
    {
        var baseUrl = await address.BaseUrlAsync();
        return new Dictionary<string, object?>
        {
            ["Title"] = material.DisplayText,
            ["Author"] = material.Author,
            ["Text"] = material.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>(),
            ["Link"] = baseUrl + material.Url,
            ["BaseUrl"] = baseUrl,
        };
    }
}
