namespace Siec.Cms.Core.Display.Templates;

/// <summary>One template kept in the database, as Orchard's Templates feature keeps it.</summary>
public sealed class StoredTemplate
{
    public string Content { get; set; } = "";

    public string? Description { get; set; }
}

/// <summary>
/// Orchard's Templates (site) or AdminTemplates document: Liquid templates by shape name (<c>Content__BlogPost</c>,
/// <c>Content_Summary__BlogPost</c>, <c>Layout</c>) that take the place of the theme's file of the same shape.
/// </summary>
public sealed class StoredTemplates
{
    public const string SiteKey = "Templates";

    /// <summary>Kept and exported for Orchard recipes; Siec.Cms's admin is not drawn with Liquid, so they change nothing there.</summary>
    public const string AdminKey = "AdminTemplates";

    public Dictionary<string, StoredTemplate> Templates { get; set; } = new(StringComparer.Ordinal);
}
