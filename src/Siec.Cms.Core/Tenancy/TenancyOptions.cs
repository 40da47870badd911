namespace Siec.Cms.Core.Tenancy;

/// <summary>The <c>Cms:Tenants</c> section.</summary>
public sealed class TenancyOptions
{
    /// <summary>
    /// The default network's host name. Unset (a single-network installation), the default network answers every host
    /// no other network claims; set, an unknown host gets the platform's 404 page.
    /// </summary>
    public string? DefaultHost { get; set; }

    /// <summary>A network not asked for this long has its caches and connections released.</summary>
    public double IdleMinutes { get; set; } = 20;

    /// <summary>The scheme of the networks' addresses in mail and feeds: https, or http on a test machine.</summary>
    public string Scheme { get; set; } = "https";

    /// <summary>How often a node reads the list of networks again, to see one created or disabled on another node.</summary>
    public double RefreshSeconds { get; set; } = 10;

    /// <summary>
    /// On PostgreSQL, a database of its own for each network (named after the installation's database and the
    /// network) instead of a schema in the installation's database: for networks that must be backed up, restored or
    /// moved alone. The connection string's user must then be allowed to create databases.
    /// </summary>
    public bool DatabasePerNetwork { get; set; }

    /// <summary>A network's public address: its own host, or the platform's host and its path prefix.</summary>
    public string AddressOf(TenantSettings network) => $"{Scheme}://{network.Host ?? DefaultHost}{network.Prefix}";
}
