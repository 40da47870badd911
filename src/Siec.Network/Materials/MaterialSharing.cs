using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Security;
using Siec.Network.Common;
using Siec.Network.Taxonomies;

namespace Siec.Network.Materials;

/// <summary>
/// Members sharing their own materials from the public site: a new material or a new version of their own waits for
/// the coordinator (unless the settings trust the member), a file is stored under a name the site makes, and a
/// member may withdraw what is theirs. Nobody touches another member's material here.
/// </summary>
public sealed partial class MaterialSharing(
    ContentManager content, ContentQuery query, PermissionChecker permissions, Transactions transactions, MediaStore media,
    ThematicAreas areas, MaterialMails mails, IOptions<MaterialOptions> options)
{
    /// <summary>Where members' files go; each in a folder of its own with an unguessable name.</summary>
    public const string MediaFolder = "materialy-czlonkow";

    public sealed record Outcome(ContentItem? Item, List<(string Field, string Message)> Problems, bool AwaitsApproval = false);

    public async Task<bool> CanShareAsync(ClaimsPrincipal user) =>
        UserId(user) is not null && await permissions.CanAsync(user, "Edit", ContentTypes.Material);

    /// <summary>The member's own material (its latest version), or null: another member's, or no material at all.</summary>
    public async Task<ContentItem?> OwnAsync(ClaimsPrincipal user, string contentItemId) =>
        UserId(user) is { } userId && await query.GetAsync(contentItemId, VersionOptions.Latest) is { ContentType: ContentTypes.Material } item && item.Owner == userId
            ? item : null;

    /// <summary>Adds a material (<paramref name="contentItemId"/> null) or a new version of the member's own.</summary>
    public async Task<Outcome> SaveAsync(ClaimsPrincipal user, string? contentItemId, MaterialInput input, IFormFile? file)
    {
        if (!await CanShareAsync(user))
        {
            return new Outcome(null, [("", "Aby dodać materiał, zaloguj się jako członek sieci.")]);
        }

        var existing = contentItemId is null ? null : await OwnAsync(user, contentItemId);
        if (contentItemId is not null && existing is null)
        {
            return new Outcome(null, [("", "Nie ma takiego materiału wśród Twoich.")]);
        }

        var upload = file is { Length: > 0 } ? file : null;
        var areaIds = (await areas.LoadAsync()).Select(ThematicAreas.Id).ToList();
        var problems = input.Problems(areaIds, upload is not null || existing is not null && MaterialPart.Of(existing).FilePath is not null);
        if (problems.Count > 0)
        {
            return new Outcome(existing, problems);
        }

        string? stored = null;
        if (upload is not null)
        {
            stored = $"{MediaFolder}/{Guid.NewGuid():n}/{SafeFileName(upload.FileName)}";
            await using var stream = upload.OpenReadStream();
            if (await media.SaveAsync(stored, stream, upload.Length) is { } refused)
            {
                return new Outcome(existing, [("plik", refused)]);
            }
        }

        var item = existing ?? await content.NewAsync(ContentTypes.Material);
        Fill(item, input, user, stored);
        var trusted = await permissions.CanAsync(user, "Publish", ContentTypes.Material, item)
            && await PublishedCountAsync(item.Owner!) >= options.Value.MaterialsAwaitingApproval;
        try
        {
            await transactions.RunAsync(async () =>
            {
                if (trusted)
                {
                    await (existing is null ? content.CreateAsync(item, publish: true) : content.PublishAsync(item));
                }
                else
                {
                    await content.SubmitForReviewAsync(item, isNew: existing is null);
                    await mails.AwaitingApprovalAsync(item);
                }
            });
        }
        catch (Exception e) when (e is ContentValidationException or ContentConflictException)
        {
            // The file belongs to nothing now; left behind it would be served to anyone as an unused file.
            await DeleteAsync(stored);
            return new Outcome(existing, e is ContentValidationException invalid
                ? invalid.Errors.Select(x => ("", x.Message)).ToList()
                : [("", "Materiał zmienił się w międzyczasie. Otwórz go ponownie i wprowadź zmiany jeszcze raz.")]);
        }
        catch
        {
            await DeleteAsync(stored);
            throw;
        }

        return new Outcome(item, [], !trusted);
    }

    /// <summary>Takes the member's own material away from readers and from the review queue; returns why not, or null.</summary>
    public async Task<string?> WithdrawAsync(ClaimsPrincipal user, string contentItemId)
    {
        if (await OwnAsync(user, contentItemId) is null)
        {
            return "Nie ma takiego materiału wśród Twoich.";
        }

        await content.DeleteAsync(contentItemId);
        return null;
    }

    /// <summary>The member's materials, newest first, a page at a time.</summary>
    public Task<(IReadOnlyList<ContentItem> Items, int Total)> MineAsync(ClaimsPrincipal user, int skip, int take) =>
        query.LatestAsync(new ContentListQuery { OwnTypes = [ContentTypes.Material], Owner = UserId(user) ?? "-" }, skip, take);

    /// <summary>
    /// A file name the site can keep: the sent name's last segment only (no folders, whichever slash), letters and
    /// digits kept (Polish ones too), anything else a dash, a sane extension, at most 80 characters before it.
    /// </summary>
    public static string SafeFileName(string? sent)
    {
        var name = (sent ?? "").Replace('\\', '/').Split('/')[^1].Normalize(NormalizationForm.FormC);
        var dot = name.LastIndexOf('.');
        var extension = dot >= 0 && Extension().IsMatch(name[dot..]) ? name[dot..].ToLowerInvariant() : "";
        var stem = new string((dot >= 0 ? name[..dot] : name).Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
        stem = Dashes().Replace(stem, "-").Trim('-');
        stem = stem.Length > 80 ? stem[..80] : stem;
        return (stem.Length == 0 ? "material" : stem) + extension;
    }

    private static void Fill(ContentItem item, MaterialInput input, ClaimsPrincipal user, string? storedFile)
    {
        item.Owner ??= UserId(user);
        item.Author ??= user.Identity?.Name;
        item.DisplayText = input.Title;
        item.Title = input.Title;
        item.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = input.Markdown;
        var part = MaterialPart.For(item);
        if (storedFile is not null)
        {
            part.FilePath = storedFile;
        }

        part.Link = input.Link.Length > 0 ? input.Link : null;
        part.AreaIds = input.Areas;
        part.Format = input.Format;
        part.Audience = input.Audience;
        part.Licence = input.Licence;
        part.Author = user.Identity?.Name;
    }

    private async Task<int> PublishedCountAsync(string owner) =>
        (await query.LatestAsync(new ContentListQuery { OwnTypes = [ContentTypes.Material], Owner = owner, Status = "published" }, 0, 0)).Total;

    private async Task DeleteAsync(string? path)
    {
        if (path is not null)
        {
            await media.DeleteAsync(path);
        }
    }

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    [GeneratedRegex(@"^\.[A-Za-z0-9]{1,8}$")]
    private static partial Regex Extension();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();
}
