using Siec.Cms.Core.Data;
using Siec.Cms.Core.Settings;

namespace Siec.Network.Common;

/// <summary>Where mail for the network's coordinator goes: the <c>ModeratorEmail</c> site setting the recipes give.</summary>
public static class Coordinator
{
    public static async Task<string?> EmailAsync(DocumentStore documents) =>
        (await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey)).Properties["ModeratorEmail"]?.GetValue<string>() is { } email
            && !string.IsNullOrWhiteSpace(email) ? email : null;
}
