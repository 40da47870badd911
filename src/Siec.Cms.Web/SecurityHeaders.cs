using Microsoft.AspNetCore.Mvc.Abstractions;

namespace Siec.Cms.Web;

/// <summary>
/// Headers every response carries: no type sniffing, no framing, a referrer kept to the origin, and a Content
/// Security Policy. Reader pages run no inline script or style at all; the admin's Razor pages keep their inline
/// style and upload-progress script. A response that set its own policy (media files) keeps it.
/// </summary>
public static class SecurityHeaders
{
    public const string ReaderPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string AdminPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                var razorPage = context.GetEndpoint()?.Metadata.GetMetadata<ActionDescriptor>() is not null;
                headers.ContentSecurityPolicy = razorPage ? AdminPolicy : ReaderPolicy;
            }

            return Task.CompletedTask;
        });
        await next();
    });
}
