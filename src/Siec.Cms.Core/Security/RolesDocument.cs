namespace Siec.Cms.Core.Security;

/// <summary>All roles of the site with their permissions.</summary>
public sealed class RolesDocument
{
    public const string DocumentKey = "Roles";

    public List<RoleDefinition> Roles { get; set; } = [];

    public RoleDefinition? Find(string name) =>
        Roles.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
