using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Editors;
using Siec.Cms.Admin.Navigation;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin.Content;

/// <summary>
/// The editor of any type, generated from its definition. Saving checks the user's permission, keeps every typed
/// value when validation fails, and refuses to overwrite a newer version saved by someone else.
/// </summary>
public sealed class EditContentModel(
    ContentManager manager,
    ContentDefinitionManager definitions,
    ContentEditor editor,
    PermissionChecker permissions,
    ContentDisplay display,
    ContentScheduler scheduler,
    IEnumerable<IContentItemAdminLinks> itemLinks,
    MediaStore media) : PageModel
{
    public string? Id { get; private set; }

    public string Type { get; private set; } = "";

    public string? Version { get; private set; }

    public string Heading { get; private set; } = "";

    public bool Draftable { get; private set; }

    public bool CanPublish { get; private set; }

    public bool Published { get; private set; }

    public string? PublicUrl { get; private set; }

    public List<EditorField> Fields { get; private set; } = [];

    /// <summary>For a list (a blog, a forum, a topic): what it holds, latest versions, and the types one may create in it.</summary>
    public IReadOnlyList<ContentItem> Children { get; private set; } = [];

    public List<ContentTypeDefinition> ChildTypes { get; } = [];

    /// <summary>What modules link to beside the item (a workshop's sign-ups).</summary>
    public List<AdminLink> Links { get; } = [];

    public string SchedulePublish { get; private set; } = "";

    public string ScheduleUnpublish { get; private set; } = "";

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? ErrorFor(EditorField field) => Errors.GetValueOrDefault(field.Id);

    /// <param name="w">For a new item: the list it is created in ("create inside").</param>
    public async Task<IActionResult> OnGetAsync(string? id, string? type, string? w)
    {
        var item = id is null ? (type is null ? null : await manager.NewAsync(type)) : await manager.GetAsync(id, VersionOptions.Latest);
        if (item is null)
        {
            return NotFound();
        }

        if (id is null && !string.IsNullOrEmpty(w))
        {
            item.ContainerId = w;
        }

        if (!await permissions.CanAsync(User, "Edit", item.ContentType, id is null ? null : item))
        {
            return Forbid();
        }

        await ShowAsync(item, isNew: id is null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, string type, string? version, string submit, string? schedulePublish, string? scheduleUnpublish)
    {
        var existing = id is null ? null : await manager.GetAsync(id, VersionOptions.Latest);
        if (id is not null && existing is null)
        {
            return NotFound();
        }

        // The type is the stored item's, never the one the form says: a forged type must not pass another type's check.
        type = existing?.ContentType ?? type;
        var publish = submit == "publish";
        if (!await permissions.CanAsync(User, "Edit", type, existing) || (publish && !await permissions.CanAsync(User, "Publish", type, existing)))
        {
            return Forbid();
        }

        var item = existing ?? await manager.NewAsync(type);
        item.ContentItemVersionId = version;
        var update = await editor.ApplyAsync(item, Request.Form);
        foreach (var (property, message) in update.Errors)
        {
            Errors["f-" + property.Replace('.', '-')] = message;
        }

        var publishAt = Scheduled(schedulePublish, "schedule-publish");
        var unpublishAt = Scheduled(scheduleUnpublish, "schedule-unpublish");
        if (Errors.Count == 0 && submit == "preview")
        {
            return await PreviewAsync(item);
        }

        if (Errors.Count == 0)
        {
            try
            {
                await update.SaveWithFilesAsync(media, () => submit == "review"
                    ? manager.SubmitForReviewAsync(item, isNew: existing is null)
                    : SaveAsync(item, isNew: existing is null, publish));

                if (await permissions.CanAsync(User, "Publish", type, item))
                {
                    await scheduler.ScheduleAsync(item.ContentItemId, publishAt, unpublishAt);
                }

                Message = publish ? "Opublikowano." : submit == "review" ? "Wysłano do akceptacji." : "Zapisano szkic.";
                return Redirect($"/Admin/Content/Edit?id={item.ContentItemId}");
            }
            catch (ContentValidationException e)
            {
                foreach (var error in e.Errors)
                {
                    Errors["f-" + error.Property.Replace('.', '-')] = error.Message;
                }
            }
            catch (ContentConflictException)
            {
                Errors["f-conflict"] = "Ktoś inny zapisał ten element w międzyczasie. Twoje zmiany nie zostały zapisane, ale są poniżej: skopiuj je, otwórz element ponownie i wprowadź je jeszcze raz.";
            }
        }

        await ShowAsync(item, isNew: existing is null);
        Version = version;
        SchedulePublish = schedulePublish ?? "";
        ScheduleUnpublish = scheduleUnpublish ?? "";
        Fields = ContentEditor.WithPosted(Fields, Request.Form);
        return Page();
    }

    public async Task<IActionResult> OnPostCloneAsync(string id)
    {
        var source = await manager.GetAsync(id, VersionOptions.Latest);
        if (source is null)
        {
            return NotFound();
        }

        // Cloning reads the source (its drafts too), so it needs a right over that item, and creates an item of its type.
        var mayClone = await permissions.CanAsync(User, "Clone", source.ContentType, source) || await permissions.CanAsync(User, "Edit", source.ContentType, source);
        if (!mayClone || !await permissions.CanAsync(User, "Edit", source.ContentType))
        {
            return Forbid();
        }

        var clone = await manager.CloneAsync(id);
        Message = "Utworzono kopię jako szkic.";
        return Redirect($"/Admin/Content/Edit?id={clone.ContentItemId}");
    }

    /// <summary>The unsaved item as readers would see it, rendered by the theme; nothing is stored.</summary>
    private async Task<IActionResult> PreviewAsync(ContentItem item)
    {
        item.DisplayText = item.Title ?? item.DisplayText;
        item.PublishedUtc ??= DateTime.UtcNow;
        var body = await display.RenderItemAsync(item, "Detail");
        var html = await display.RenderPageAsync(body, new PageMeta($"Podgląd: {item.DisplayText}"), "/");
        return Content(html, "text/html; charset=utf-8");
    }

    private async Task SaveAsync(ContentItem item, bool isNew, bool publish)
    {
        if (isNew)
        {
            await manager.CreateAsync(item, publish);
        }
        else if (publish)
        {
            await manager.PublishAsync(item);
        }
        else
        {
            await manager.SaveDraftAsync(item);
        }
    }

    private async Task ShowAsync(ContentItem item, bool isNew)
    {
        var type = (await definitions.GetTypeAsync(item.ContentType))!;
        Id = isNew ? null : item.ContentItemId;
        Type = item.ContentType;
        Version = item.ContentItemVersionId;
        Heading = isNew ? $"Nowy element: {type.DisplayName}" : $"Edycja: {item.DisplayText}";
        Draftable = type.TypeSettings.Draftable;
        CanPublish = await permissions.CanAsync(User, "Publish", item.ContentType, isNew ? null : item);
        Published = item.Published;
        PublicUrl = item.Published ? item.Url : null;
        Fields = await editor.FieldsAsync(item);
        foreach (var source in isNew ? [] : itemLinks)
        {
            Links.AddRange(await source.LinksAsync(item));
        }

        if (!isNew && type.FindPartOfKind("ListPart") is { } list)
        {
            Children = await manager.ContainedAsync(item.ContentItemId);
            var document = await definitions.LoadAsync();
            foreach (var name in list.Settings["ListPartSettings"]?["ContainedContentTypes"]?.AsArray().Select(t => t!.GetValue<string>()) ?? [])
            {
                if (document.FindType(name) is { } childType && await permissions.CanAsync(User, "Edit", name))
                {
                    ChildTypes.Add(childType);
                }
            }
        }

        foreach (var scheduled in isNew ? [] : await scheduler.ForAsync(item.ContentItemId))
        {
            if (scheduled.Action == ContentScheduler.Publish)
            {
                SchedulePublish = WarsawTime.Input(scheduled.DueUtc);
            }
            else
            {
                ScheduleUnpublish = WarsawTime.Input(scheduled.DueUtc);
            }
        }
    }

    private DateTime? Scheduled(string? posted, string id)
    {
        if (string.IsNullOrWhiteSpace(posted))
        {
            return null;
        }

        var utc = WarsawTime.Parse(posted);
        if (utc is null)
        {
            Errors[id] = "Wpisz poprawną datę i godzinę.";
        }

        return utc;
    }
}
