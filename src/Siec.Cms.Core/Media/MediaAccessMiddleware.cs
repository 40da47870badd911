using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Core.Media;

/// <summary>
/// Guards <c>/media</c>: a file that only unpublished items use (a draft material's file) is not served to readers,
/// only to who may edit one of those items; every media response tells the browser not to sniff a type and not to run
/// anything (a hostile SVG or HTML file opened from the site's origin would otherwise run with its cookies).
/// </summary>
public sealed class MediaAccessMiddleware(RequestDelegate next)
{
    public const string RequestPath = "/media";

    public async Task InvokeAsync(HttpContext context, MediaStore media, MediaUsage usage, PermissionChecker permissions)
    {
        if (!context.Request.Path.StartsWithSegments(RequestPath, out var rest) || media.Find(Uri.UnescapeDataString(rest.Value ?? "")) is not { } file)
        {
            await next(context);
            return;
        }

        var uses = await usage.UsesAsync(media.RelativePath(file));
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

        await next(context);
    }

    /// <summary>Headers for every media file: no type sniffing, no script, no plugins; anything but plain media is a download.</summary>
    public static void Secure(HttpResponse response, string fileName)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";
        if (!MediaContentTypes.IsInline(fileName))
        {
            response.Headers.ContentDisposition = "attachment";
        }
    }
}
