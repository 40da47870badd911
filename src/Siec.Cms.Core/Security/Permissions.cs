namespace Siec.Cms.Core.Security;

/// <summary>The permission names of Siec.Cms, as Orchard Core names them; per-type ones come from <see cref="ContentTypePermissions"/>.</summary>
public static class Permissions
{
    public static readonly IReadOnlySet<string> Global = new HashSet<string>(StringComparer.Ordinal)
    {
        "AccessAdminPanel", "ManageUsers", "ManageRoles", "Import", "Export", "ManageMediaContent", "ViewFormSubmissions", "ViewAuditTrail",
        "ViewContent", "ViewOwnContent", "PreviewContent", "EditContent", "EditOwnContent", "PublishContent", "PublishOwnContent",
        "DeleteContent", "DeleteOwnContent", "CloneContent", "CloneOwnContent", "ListContent", "EditContentOwner", "ManageSettings",
        "ManageTemplates", "ManageAdminTemplates", "ManageTenants",
    };
}
