using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Settings;

/// <summary>The site's settings: the keys Orchard Core's Settings step knows, and any other key kept as given.</summary>
public sealed class SiteSettings
{
    public const string DocumentKey = "SiteSettings";

    public string SiteName { get; set; } = "";

    public string TimeZoneId { get; set; } = "Europe/Warsaw";

    public string Culture { get; set; } = "pl-PL";

    public int PageSize { get; set; } = 10;

    public string? BaseUrl { get; set; }

    public string? PageTitleFormat { get; set; }

    public JsonObject? HomeRoute { get; set; }

    /// <summary>Every other key of the Settings step (LayerSettings, module settings), stored verbatim.</summary>
    public JsonObject Properties { get; set; } = new();
}
