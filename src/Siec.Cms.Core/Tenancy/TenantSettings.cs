namespace Siec.Cms.Core.Tenancy;

public enum TenantState
{
    Running,
    Disabled,
}

/// <summary>One network of the platform as the platform's store keeps it (Orchard Core's shell settings).</summary>
public sealed class TenantSettings
{
    /// <summary>The installation's first network: the site as it was before there were several, with its data where it was.</summary>
    public const string DefaultName = "Default";

    public static TenantSettings Default { get; } = new() { Name = DefaultName, DisplayName = DefaultName };

    /// <summary>Lower-case letters, digits and hyphens: it names the data folder and the PostgreSQL schema.</summary>
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Where networks on a path of the platform's host live: <c>/sieci/{name}</c>.</summary>
    public const string PrefixRoot = "/sieci";

    /// <summary>The host name the network answers on, lower case, without a port; null for a network on a path prefix.</summary>
    public string? Host { get; set; }

    /// <summary>The path the network answers under on the platform's host (<c>/sieci/biblioteki</c>); null for a network on a host of its own.</summary>
    public string? Prefix { get; set; }

    public TenantState State { get; set; } = TenantState.Running;

    public string? RecipeName { get; set; }

    public string? CoordinatorEmail { get; set; }

    public DateTime CreatedUtc { get; set; }

    public bool IsDefault => Name == DefaultName;
}

/// <summary>The platform's list of networks, a document of the default network's store.</summary>
public sealed class TenantList
{
    public const string DocumentKey = "Platform.Tenants";

    public List<TenantSettings> Tenants { get; set; } = [];
}
