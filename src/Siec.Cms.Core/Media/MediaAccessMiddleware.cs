using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Core.Media;

/// <summary>
/// Serves <c>/media</c> from the media store (the data folder, or the database every node reads). A file that only
/// unpublished items use (a draft material's file) is not served to readers, only to who may edit one of those items;
/// every media response tells the browser not to sniff a type and not to run anything (a hostile SVG or HTML file
/// opened from the site's origin would otherwise run with its cookies).
/// </summary>
public sealed class MediaAccessMiddleware(RequestDelegate next)
{
    public const string RequestPath = "/media";

    public async Task InvokeAsync(HttpContext context, MediaStore media, MediaUsage usage, PermissionChecker permissions)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || !context.Request.Path.StartsWithSegments(RequestPath, out var rest)
            || await media.FindAsync(Uri.UnescapeDataString(rest.Value ?? "")) is not { } file)
        {
            await next(context);
            return;
        }

        // A variant is served only through its picture's address, after the picture's own access check.
        if (ImageVariants.IsVariant(file.Path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var uses = await usage.UsesAsync(file.Path);
        if (uses.Count > 0 && !uses.Any(u => u.Published))
        {
            var user = (await context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Principal;
            var allowed = false;
            foreach (var item in uses)
            {
                allowed = allowed || (user is not null && await permissions.CanAsync(user, "Edit", item.ContentType, item));
            }

            if (!allowed)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }

        if (int.TryParse(context.Request.Query["w"], out var width) && ImageVariants.Widths.Contains(width) && ImageVariants.Handles(file.Path)
            && await media.FindVariantAsync(file.Path, width) is { } variant)
        {
            file = variant;
        }

        Secure(context.Response, file.Name);
        var tag = new EntityTagHeaderValue($"\"{file.ModifiedUtc.Ticks:x}-{file.Length:x}\"");
        await Results.Stream(await media.OpenReadAsync(file), MediaContentTypes.Of(file.Name), lastModified: file.ModifiedUtc, entityTag: tag, enableRangeProcessing: true)
            .ExecuteAsync(context);
    }

    /// <summary>Headers for every media file: no type sniffing, no script, no plugins; anything but plain media is a download.</summary>
    private static void Secure(HttpResponse response, string fileName)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";
        if (!MediaContentTypes.IsInline(fileName))
        {
            response.Headers.ContentDisposition = "attachment";
        }
    }
}
