using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Siec.Cms.Admin.Editors;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Privacy;

namespace Siec.Cms.Admin.Pages.Konto;

/// <summary>
/// The member edits their own profile (the item of the profile type they own) with the generated editor; saving
/// publishes it. What was typed stays in the form when something is refused.
/// </summary>
public sealed class ProfileModel(ContentManager manager, ContentQuery query, ContentEditor editor, IOptions<AccountOptions> options, MediaStore media) : PageModel
{
    public List<EditorField> Fields { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public string? Message { get; private set; }

    public string? Version { get; private set; }

    public string? ErrorFor(EditorField field) => Errors.GetValueOrDefault(field.Id);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await ProfileAsync() is not { } profile)
        {
            return NotFound();
        }

        Version = profile.ContentItemVersionId;
        Fields = await editor.FieldsAsync(profile);
        Message = Request.Query.ContainsKey("zapisano") ? "Zapisano profil." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? version)
    {
        if (await ProfileAsync() is not { } profile)
        {
            return NotFound();
        }

        var isNew = profile.ContentItemVersionId is null;
        profile.ContentItemVersionId = isNew ? null : version;
        var update = await editor.ApplyAsync(profile, Request.Form);
        foreach (var (property, message) in update.Errors)
        {
            Errors["f-" + property.Replace('.', '-')] = message;
        }

        if (Errors.Count == 0)
        {
            try
            {
                await update.SaveWithFilesAsync(media, () => isNew ? manager.CreateAsync(profile, publish: true) : manager.PublishAsync(profile));
                return Redirect("/konto/profil?zapisano=1");
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
                Errors["f-conflict"] = "Profil zmienił się w międzyczasie (np. w innej karcie). Twoje zmiany są poniżej – zapisz je ponownie.";
            }
        }

        Version = (await ProfileAsync())?.ContentItemVersionId;
        Fields = ContentEditor.WithPosted(await editor.FieldsAsync(profile), Request.Form);
        return Page();
    }

    /// <summary>The user's profile; an account made without one (by an administrator) gets a new one, stored on first save.</summary>
    private async Task<ContentItem?> ProfileAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var type = options.Value.ProfileType;
        if (type is null || userId is null)
        {
            return null;
        }

        if (await query.OwnedAsync(type, userId) is { } profile)
        {
            return profile;
        }

        var created = await manager.NewAsync(type);
        created.Owner = userId;
        created.Title = User.Identity?.Name;
        return created;
    }
}
