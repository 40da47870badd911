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

    /// <summary>The host name the network answers on, lower case, without a port.</summary>
    public string? Host { get; set; }

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
