using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Display.Templates;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Core.Recipes.Export;

/// <summary>
/// Writes the whole site as one recipe: features, definitions, settings, roles, and every latest and published version,
/// oldest item first so a list is imported before what it contains.
/// </summary>
public sealed class RecipeExporter(CmsDbContext db, DocumentStore documents, ContentDefinitionManager definitions, RoleService roles)
{
    private const int ItemsPerRead = 500;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The export as a JSON object (for tests and small sites; <see cref="ExportToAsync"/> streams).</summary>
    public async Task<JsonObject> ExportAsync()
    {
        using var buffer = new MemoryStream();
        await ExportToAsync(buffer);
        return JsonNode.Parse(buffer.ToArray())!.AsObject();
    }

    /// <summary>
    /// Writes the export to <paramref name="output"/> as indented JSON with Polish letters as they are, reading the items
    /// a few hundred at a time: a site of any size is exported without holding it. Reports items written.
    /// </summary>
    public async Task ExportToAsync(Stream output, IProgress<(int Done, int Total)>? progress = null)
    {
        await using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        foreach (var (name, value) in Header())
        {
            json.WritePropertyName(name);
            value.WriteTo(json);
        }

        json.WriteStartArray("steps");
        foreach (var step in await StepsBeforeContentAsync())
        {
            step.WriteTo(json);
        }

        json.WriteStartObject();
        json.WriteString("name", "Content");
        json.WriteStartArray("data");
        var order = await ContainersFirstAsync();
        for (var done = 0; done < order.Count; done += ItemsPerRead)
        {
            var ids = order.Skip(done).Take(ItemsPerRead).ToList();
            var records = await db.ContentItems.AsNoTracking().Where(r => EF.Parameter(ids).Contains(r.Id)).ToDictionaryAsync(r => r.Id);
            foreach (var id in ids)
            {
                ContentItemJson.Write(ContentRecords.ToItem(records[id])).WriteTo(json);
            }

            await json.FlushAsync();
            progress?.Report((Math.Min(done + ItemsPerRead, order.Count), order.Count));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync();
    }

    private static IEnumerable<(string, JsonNode)> Header() =>
    [
        ("name", ""), ("displayName", ""), ("description", ""), ("author", ""), ("website", ""), ("version", ""),
        ("issetuprecipe", false), ("categories", new JsonArray()), ("tags", new JsonArray()),
    ];

    private async Task<List<JsonObject>> StepsBeforeContentAsync()
    {
        var state = await documents.GetAsync<SiteState>(SiteState.DocumentKey);
        var steps = new List<JsonObject>
        {
            new() { ["name"] = "feature", ["enable"] = ToArray(state.EnabledFeatures) },
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
        foreach (var key in new[] { StoredTemplates.SiteKey, StoredTemplates.AdminKey })
        {
            if ((await documents.GetAsync<StoredTemplates>(key)).Templates is { Count: > 0 } templates)
            {
                steps.Add(new JsonObject { ["name"] = key, [key] = JsonSerializer.SerializeToNode(templates, DocumentStore.JsonOptions) });
            }
        }

        return steps;
    }

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
    /// The row ids of every latest and published version, oldest item first, except that a list comes before what it
    /// holds: a re-import checks each item's list exists, and an item may be older than its list (the seed's 2014
    /// article in a blog made at setup). Worked out from ids and the list index alone, not the items.
    /// </summary>
    private async Task<List<long>> ContainersFirstAsync()
    {
        var rows = await db.ContentItems.AsNoTracking().Where(r => r.Latest || r.Published)
            .OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).Select(r => new { r.Id, r.ContentItemId }).ToListAsync();
        var containers = (await db.ContainedIndex.AsNoTracking().Select(c => new { c.ContentItemId, c.ListContentItemId }).Distinct().ToListAsync())
            .ToLookup(c => c.ContentItemId, c => c.ListContentItemId);
        var versions = rows.GroupBy(r => r.ContentItemId).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToList());
        var written = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<long>(rows.Count);
        void Write(string id, HashSet<string> path)
        {
            if (written.Contains(id) || !path.Add(id))
            {
                return;
            }

            foreach (var container in containers[id].Where(versions.ContainsKey))
            {
                Write(container, path);
            }

            written.Add(id);
            ordered.AddRange(versions[id]);
        }

        foreach (var row in rows)
        {
            Write(row.ContentItemId, []);
        }

        return ordered;
    }
}
