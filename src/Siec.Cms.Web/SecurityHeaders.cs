namespace Siec.Cms.Web;

/// <summary>
/// Headers every response carries: no type sniffing, no framing, a referrer kept to the origin, and a Content
/// Security Policy: no inline script or style anywhere (the admin's scripts and styles are files too). A response
/// that set its own policy (media files) keeps it.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

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
                headers.ContentSecurityPolicy = Policy;
            }

            return Task.CompletedTask;
        });
        await next();
    });
}
