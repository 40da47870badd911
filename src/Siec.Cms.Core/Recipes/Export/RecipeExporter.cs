using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Parts;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Core.Recipes.Export;

/// <summary>
/// Writes the whole site as one recipe: features, definitions, settings, roles, and every latest and published version,
/// oldest item first so a list is imported before what it contains.
/// </summary>
public sealed class RecipeExporter(CmsDbContext db, DocumentStore documents, ContentDefinitionManager definitions, RoleService roles)
{
    public async Task<JsonObject> ExportAsync()
    {
        var state = await documents.GetAsync<SiteState>(SiteState.DocumentKey);
        var steps = new JsonArray
        {
            new JsonObject { ["name"] = "feature", ["enable"] = ToArray(state.EnabledFeatures) },
        };
        if (state.SiteTheme is not null || state.AdminTheme is not null)
        {
            steps.Add(new JsonObject { ["name"] = "themes", ["site"] = state.SiteTheme, ["admin"] = state.AdminTheme });
        }

        var definition = JsonSerializer.SerializeToNode(await definitions.LoadAsync(), DocumentStore.JsonOptions)!.AsObject();
        steps.Add(Step("ContentDefinition", definition));
        steps.Add(Step("Settings", SettingsJson(await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey))));
        var roleList = JsonSerializer.SerializeToNode((await roles.LoadAsync()).Roles, DocumentStore.JsonOptions);
        steps.Add(new JsonObject { ["name"] = "Roles", ["Roles"] = roleList });

        var records = await db.ContentItems.AsNoTracking().Where(r => r.Latest || r.Published)
            .OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).ToListAsync();
        var data = new JsonArray(ContainersFirst(records.Select(ContentRecords.ToItem).ToList()).Select(i => (JsonNode)ContentItemJson.Write(i)).ToArray());
        steps.Add(new JsonObject { ["name"] = "Content", ["data"] = data });

        return new JsonObject
        {
            ["name"] = "",
            ["displayName"] = "",
            ["description"] = "",
            ["author"] = "",
            ["website"] = "",
            ["version"] = "",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["steps"] = steps,
        };
    }

    /// <summary>The export as indented JSON with Polish letters written as they are.</summary>
    public async Task<string> ExportTextAsync() =>
        (await ExportAsync()).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static JsonObject Step(string name, JsonObject payload)
    {
        var step = new JsonObject { ["name"] = name };
        foreach (var (key, value) in payload)
        {
            step[key] = value?.DeepClone();
        }

        return step;
    }

    private static JsonObject SettingsJson(SiteSettings settings)
    {
        var json = new JsonObject
        {
            ["SiteName"] = settings.SiteName,
            ["TimeZoneId"] = settings.TimeZoneId,
            ["Culture"] = settings.Culture,
            ["PageSize"] = settings.PageSize,
        };
        if (settings.BaseUrl is not null)
        {
            json["BaseUrl"] = settings.BaseUrl;
        }

        if (settings.PageTitleFormat is not null)
        {
            json["PageTitleFormat"] = settings.PageTitleFormat;
        }

        if (settings.HomeRoute is not null)
        {
            json["HomeRoute"] = settings.HomeRoute.DeepClone();
        }

        foreach (var (key, value) in settings.Properties)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    private static JsonArray ToArray(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    /// <summary>
    /// Oldest first, except that a list comes before what it holds: a re-import checks each item's list exists, and
    /// an item may be older than its list (the seed's 2014 article in a blog made at setup).
    /// </summary>
    private static List<ContentItem> ContainersFirst(List<ContentItem> items)
    {
        var versions = items.GroupBy(i => i.ContentItemId).ToDictionary(g => g.Key, g => g.ToList());
        var written = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<ContentItem>(items.Count);
        void Write(string id, HashSet<string> path)
        {
            if (written.Contains(id) || !path.Add(id))
            {
                return;
            }

            foreach (var container in versions[id].Select(v => v.ContainerId).OfType<string>().Where(versions.ContainsKey))
            {
                Write(container, path);
            }

            written.Add(id);
            ordered.AddRange(versions[id]);
        }

        foreach (var item in items)
        {
            Write(item.ContentItemId, []);
        }

        return ordered;
    }
}
