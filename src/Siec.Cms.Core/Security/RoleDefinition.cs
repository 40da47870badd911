namespace Siec.Cms.Core.Security;

/// <summary>A role as Orchard Core's Roles step writes it: a name, a description and permission names.</summary>
public sealed class RoleDefinition
{
    /// <summary>The role that may do everything; setup gives it to the first account.</summary>
    public const string Administrator = "Administrator";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Permissions { get; set; } = [];
}
