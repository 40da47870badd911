namespace Siec.Cms.Core.Security;

/// <summary>The per-type permission names Orchard Core gives a Securable type, e.g. <c>Publish_BlogPost</c>.</summary>
public static class ContentTypePermissions
{
    public static readonly IReadOnlyList<string> Prefixes =
        ["View", "ViewOwn", "Edit", "EditOwn", "Publish", "PublishOwn", "Delete", "DeleteOwn", "Preview", "Clone", "CloneOwn", "ListContent"];

    public static IReadOnlyList<string> For(string contentType) => Prefixes.Select(p => $"{p}_{contentType}").ToList();

    /// <summary>The type a per-type permission is about (<c>Publish_BlogPost</c> gives <c>BlogPost</c>), or null.</summary>
    public static string? TypeOf(string permission)
    {
        var separator = permission.IndexOf('_');
        return separator > 0 && Prefixes.Contains(permission[..separator]) ? permission[(separator + 1)..] : null;
    }
}
