using Microsoft.Extensions.Configuration;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Settings;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Core.Http;

/// <summary>
/// The site's public address, for links in mail, feeds, calendars, sitemaps and canonical links. It is configuration
/// (<c>Cms:BaseUrl</c>) or the site setting (recorded from the first request after setup, editable in the admin), and
/// never the Host header of the request at hand: a forged Host must not reach a mailed password link.
/// </summary>
public sealed class PublicAddress(IConfiguration configuration, DocumentStore documents, CurrentTenant tenant)
{
    public const string Fallback = "http://localhost";

    /// <summary>The address without a trailing slash, e.g. <c>https://biblioteki.example</c>.</summary>
    public async Task<string> BaseUrlAsync() => await KnownAsync() ?? Fallback;

    /// <summary>Whether the address is fixed by configuration or already recorded.</summary>
    public async Task<bool> IsKnownAsync() => await KnownAsync() is not null;

    /// <summary>Records <paramref name="url"/> as the site's address when none is configured or recorded yet.</summary>
    /// <returns>Whether it was recorded now.</returns>
    public async Task<bool> RecordFirstAsync(string url, Transactions transactions)
    {
        if (await KnownAsync() is not null || Normalize(url) is not { } normalized)
        {
            return false;
        }

        await transactions.RunAsync(async () =>
        {
            var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
            settings.BaseUrl = normalized;
            await documents.SaveAsync(SiteSettings.DocumentKey, settings);
        });
        return true;
    }

    /// <summary>The configured address (the default network's: other networks have their own host), else the recorded one; null when there is neither.</summary>
    private async Task<string?> KnownAsync() =>
        (tenant.IsDefault ? Normalize(configuration["Cms:BaseUrl"]) : null) ?? Normalize((await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey)).BaseUrl);

    /// <summary>An absolute http(s) address (a path prefix allowed) without query or trailing slash; null when <paramref name="url"/> is not one.</summary>
    public static string? Normalize(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : null;
}
