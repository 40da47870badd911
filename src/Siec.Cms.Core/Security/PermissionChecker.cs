using System.Security.Claims;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Core.Security;

/// <summary>
/// Answers whether a user holds a permission through their roles (plus Authenticated or Anonymous), as Orchard Core
/// does; Administrators hold every permission. Content permissions also accept the per-type and "own" forms.
/// </summary>
public sealed class PermissionChecker(RoleService roles)
{
    public async Task<bool> HasAsync(ClaimsPrincipal user, string permission)
    {
        var names = RoleNames(user);
        if (names.Contains(RoleDefinition.Administrator))
        {
            return true;
        }

        var document = await roles.LoadAsync();
        return names.Any(n => document.Find(n)?.Permissions.Contains(permission) == true);
    }

    /// <summary>
    /// May the user do <paramref name="action"/> (Edit, Publish, Delete, View) to items of a type, or to this item?
    /// <c>EditContent</c> or <c>Edit_{Type}</c> allow it for any item; the "Own" forms only for the user's own items.
    /// </summary>
    public async Task<bool> CanAsync(ClaimsPrincipal user, string action, string contentType, ContentItem? item = null)
    {
        if (await CanForAnyOwnerAsync(user, action, contentType))
        {
            return true;
        }

        var own = item is null || item.Owner is null || item.Owner == user.FindFirstValue(ClaimTypes.NameIdentifier);
        return own && (await HasAsync(user, $"{action}OwnContent") || await HasAsync(user, $"{action}Own_{contentType}"));
    }

    /// <summary>May the user do <paramref name="action"/> to anyone's items of the type, not only their own?</summary>
    public async Task<bool> CanForAnyOwnerAsync(ClaimsPrincipal user, string action, string contentType) =>
        await HasAsync(user, $"{action}Content") || await HasAsync(user, $"{action}_{contentType}");

    /// <summary>The items the user may do <paramref name="action"/> to, in their order.</summary>
    public async Task<List<ContentItem>> FilterAsync(ClaimsPrincipal user, string action, IEnumerable<ContentItem> items)
    {
        var allowed = new List<ContentItem>();
        foreach (var item in items)
        {
            if (await CanAsync(user, action, item.ContentType, item))
            {
                allowed.Add(item);
            }
        }

        return allowed;
    }

    private static HashSet<string> RoleNames(ClaimsPrincipal user)
    {
        var names = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        names.Add(user.Identity?.IsAuthenticated == true ? "Authenticated" : "Anonymous");
        return names;
    }
}
