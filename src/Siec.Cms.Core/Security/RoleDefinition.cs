namespace Siec.Cms.Core.Security;

/// <summary>A role as Orchard Core's Roles step writes it: a name, a description and permission names.</summary>
public sealed class RoleDefinition
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Permissions { get; set; } = [];
}
