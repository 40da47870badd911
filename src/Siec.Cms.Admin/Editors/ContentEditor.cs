using Siec.Cms.Core.Parts;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Admin.Editors;

/// <summary>
/// Builds an editor for any type from its definition (title, path, Markdown body and the fields of its parts) and writes
/// posted values back into the item. Values that cannot be read are reported, never silently dropped.
/// </summary>
public sealed class ContentEditor(ContentDefinitionManager definitions, ContentQuery query, MediaStore media, UserManager<IdentityUser> users)
{
    private static readonly HashSet<string> Supported =
    [
        "TextField", "NumericField", "BooleanField", "DateField", "DateTimeField", "LinkField", "MediaField", "MultiTextField", "TaxonomyField",
        "HtmlField", "MarkdownField", "ContentPickerField", "UserPickerField",
    ];

    public Task<List<EditorField>> FieldsAsync(ContentItem item) => FieldsAsync(item, "");

    private async Task<List<EditorField>> FieldsAsync(ContentItem item, string prefix)
    {
        var type = await definitions.GetTypeAsync(item.ContentType) ?? throw new InvalidOperationException($"Typ '{item.ContentType}' nie istnieje.");
        var fields = new List<EditorField>();
        if (prefix.Length == 0 && await ContainerFieldAsync(item) is { } container)
        {
            fields.Add(container);
        }

        foreach (var typePart in type.Parts)
        {
            switch (typePart.PartName)
            {
                case "TitlePart":
                    fields.Add(new("TitlePart.Title", "Tytuł", "text", Text(item, "TitlePart", "Title"), Required: true));
                    break;
                // A type whose path always follows its pattern (AllowCustomPath false) offers no path to edit, nor takes one posted.
                case "AutoroutePart" when (typePart.Settings["AutoroutePartSettings"]?["AllowCustomPath"]?.GetValue<bool>() ?? true):
                    fields.Add(new("AutoroutePart.Path", "Adres (ścieżka)", "text", Text(item, "AutoroutePart", "Path"), Hint: "Zostaw puste, aby utworzyć adres z tytułu."));
                    break;
                case "MarkdownBodyPart":
                    fields.Add(new("MarkdownBodyPart.Markdown", "Treść (Markdown)", "markdown", Text(item, "MarkdownBodyPart", "Markdown")));
                    break;
                case "HtmlBodyPart":
                    fields.Add(new("HtmlBodyPart.Html", "Treść (HTML)", "textarea", Text(item, "HtmlBodyPart", "Html"), Hint: "HTML jest oczyszczany przy wyświetlaniu."));
                    break;
                case "BagPart" when prefix.Length == 0:
                    fields.Add(await BagAsync(item, typePart));
                    break;
            }

            if (await definitions.GetPartAsync(typePart.PartName) is { } part)
            {
                foreach (var field in part.Fields.Where(f => Supported.Contains(f.FieldName)))
                {
                    fields.Add(await FieldAsync(item, typePart.Name, field));
                }
            }
        }

        return fields.Select(f => f with { Prefix = prefix }).ToList();
    }

    /// <summary>
    /// A BagPart (e.g. a workshop's sessions): each item it holds with its own fields, then an empty one to add. On
    /// saving, an item whose "remove" box is ticked is dropped, and the empty one is kept only when given a title.
    /// </summary>
    private async Task<EditorField> BagAsync(ContentItem item, ContentTypePartDefinition bag)
    {
        var label = bag.Settings["ContentTypePartSettings"]?["DisplayName"]?.GetValue<string>() ?? bag.Name;
        var types = bag.Settings["BagPartSettings"]?["ContainedContentTypes"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [];
        var held = (item.Part(bag.Name)?["ContentItems"]?.AsArray() ?? []).OfType<JsonObject>().Select(ContentItemJson.Read).ToList();
        var entries = new List<BagEntry>();
        for (var i = 0; i <= held.Count && (i < held.Count || types.Count > 0); i++)
        {
            var isNew = i == held.Count;
            var entry = isNew ? new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = types[0] } : held[i];
            var typeName = (await definitions.GetTypeAsync(entry.ContentType))?.DisplayName ?? entry.ContentType;
            entries.Add(new BagEntry(i, entry, typeName, isNew, await FieldsAsync(entry, $"{bag.Name}.{i}.")));
        }

        return new EditorField(bag.Name, label, "bag", "") { Entries = entries };
    }

    /// <summary>Writes the posted values into the item; returns the values that could not be read, by property.</summary>
    public Task<Dictionary<string, string>> ApplyAsync(ContentItem item, IFormCollection form) => ApplyAsync(item, form, FieldsAsync(item));

    private async Task<Dictionary<string, string>> ApplyAsync(ContentItem item, IFormCollection form, Task<List<EditorField>> editorFields)
    {
        var errors = new Dictionary<string, string>();
        foreach (var field in await editorFields)
        {
            var posted = form[field.Name].ToString();
            if (field.Kind == "bag")
            {
                var kept = new JsonArray();
                foreach (var entry in field.Entries)
                {
                    var name = $"f.{field.Property}.{entry.Index}.";
                    if (form[name + "remove"] == "true" || (entry.IsNew && string.IsNullOrWhiteSpace(form[name + "TitlePart.Title"])))
                    {
                        continue;
                    }

                    foreach (var (key, message) in await ApplyAsync(entry.Item, form, Task.FromResult(entry.Fields.ToList())))
                    {
                        errors[key] = message;
                    }

                    entry.Item.DisplayText = entry.Item.Title ?? entry.Item.DisplayText;
                    kept.Add(ContentItemJson.Write(entry.Item));
                }

                item.GetOrCreatePart(field.Property)["ContentItems"] = kept;
                continue;
            }

            if (field.Kind == "media" && form.Files[field.Name + ".upload"] is { Length: > 0 } upload)
            {
                var (path, uploadError) = await UploadAsync(upload);
                if (uploadError is not null)
                {
                    errors[field.Prefix + field.Property] = uploadError;
                    continue;
                }

                posted = path!;
            }

            var (partName, property) = Split(field.Property);
            var part = item.GetOrCreatePart(partName);
            switch (field.Kind)
            {
                case "select":
                    part[property] = posted.Length == 0 ? null : posted;
                    if (posted.Length > 0 && await query.GetAsync(posted, VersionOptions.Latest) is { } list)
                    {
                        part["ListContentType"] = list.ContentType;
                    }

                    break;
                case "text" when field.Property.Count(c => c == '.') == 1 && partName is "TitlePart" or "AutoroutePart":
                case "markdown" or "textarea" when partName is "MarkdownBodyPart" or "HtmlBodyPart":
                    part[property] = posted.Trim().Length == 0 && partName == "AutoroutePart" ? null : posted;
                    break;
                case "tags":
                    part[property] = new JsonObject
                    {
                        ["TaxonomyContentItemId"] = field.Options[0].Value,
                        ["TermContentItemIds"] = new JsonArray(),
                        ["TagNames"] = new JsonArray(posted.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().Select(t => (JsonNode)t).ToArray()),
                    };
                    break;
                case "choice" when posted.Length > 0 && field.Options.All(o => o.Value != posted):
                    errors[field.Prefix + field.Property] = "Wybierz jedną z podanych wartości.";
                    break;
                case "picker" or "users":
                    var chosen = form[field.Name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct().ToList();
                    if (chosen.Any(v => field.Options.All(o => o.Value != v)) || (!field.Multiple && chosen.Count > 1))
                    {
                        errors[field.Prefix + field.Property] = "Wybierz spośród podanych pozycji.";
                        break;
                    }

                    part[property] = field.Kind == "users"
                        ? new JsonObject
                        {
                            ["UserIds"] = new JsonArray(chosen.Select(v => (JsonNode)v).ToArray()),
                            ["UserNames"] = new JsonArray(chosen.Select(v => (JsonNode)field.Options.First(o => o.Value == v).Label).ToArray()),
                        }
                        : new JsonObject { ["ContentItemIds"] = new JsonArray(chosen.Select(v => (JsonNode)v).ToArray()) };
                    break;
                case "choice":
                    part[property] = new JsonObject { ["Text"] = posted };
                    break;
                case "media":
                    var path = posted.Trim();
                    var text = field.MediaText is null ? "" : form[field.Name + ".text"].ToString().Trim();
                    part[property] = new JsonObject
                    {
                        ["Paths"] = path.Length == 0 ? new JsonArray() : new JsonArray(path),
                        ["MediaTexts"] = path.Length == 0 ? new JsonArray() : new JsonArray(text),
                    };
                    break;
                case "checkboxes":
                    part[property] = new JsonObject
                    {
                        ["TaxonomyContentItemId"] = field.Value,
                        ["TermContentItemIds"] = new JsonArray(form[field.Name].Where(v => v is not null).Select(v => (JsonNode)v!).ToArray()),
                    };
                    break;
                default:
                    var value = Read(field.Kind, posted, out var error);
                    if (error is not null)
                    {
                        errors[field.Prefix + field.Property] = error;
                    }
                    else
                    {
                        part[property] = value;
                    }

                    break;
            }
        }

        return errors;
    }

    /// <summary>Stores an uploaded file under <c>uploads/YYYY-MM/</c> with its own name (a suffix when taken); refuses what the media rules refuse.</summary>
    private async Task<(string? Path, string? Error)> UploadAsync(IFormFile file)
    {
        var name = Path.GetFileName(file.FileName);
        var folder = $"uploads/{DateTime.UtcNow:yyyy-MM}";
        var path = $"{folder}/{name}";
        for (var i = 2; media.Find(path) is not null; i++)
        {
            path = $"{folder}/{Path.GetFileNameWithoutExtension(name)}-{i}{Path.GetExtension(name)}";
        }

        await using var content = file.OpenReadStream();
        var error = await media.SaveAsync(path, content, file.Length);
        return error is null ? (path, null) : (null, error);
    }

    /// <summary>Types that other types list (a BlogPost in a Blog) get a choice of their list.</summary>
    private async Task<EditorField?> ContainerFieldAsync(ContentItem item)
    {
        var containerTypes = (await definitions.LoadAsync()).ContentTypes
            .Where(t => t.FindPartOfKind("ListPart")?.Settings["ListPartSettings"]?["ContainedContentTypes"]?.AsArray()
                .Any(c => c?.GetValue<string>() == item.ContentType) == true)
            .Select(t => t.Name).ToList();
        if (containerTypes.Count == 0)
        {
            return null;
        }

        var (lists, _) = await query.LatestAsync(containerTypes, null, null, 0, 500);
        var current = item.ContainerId;
        return new EditorField("ContainedPart.ListContentItemId", "Należy do", "select", current ?? "", Required: true)
        {
            Options = lists.Select(l => (l.ContentItemId, l.DisplayText ?? l.ContentItemId, l.ContentItemId == current)).ToList(),
        };
    }

    /// <summary>The fields as typed, for showing a refused form again: nothing the user typed is lost.</summary>
    public static List<EditorField> WithPosted(IEnumerable<EditorField> fields, IFormCollection form) =>
        fields.Select(f => f.Kind is "checkboxes" or "select" or "picker" or "users" or "bag" ? f : f with { Value = form[f.Name].LastOrDefault() ?? "" }).ToList();

    /// <summary>The types an editor works with: listable ones, and those that live inside another item's list.</summary>
    public static IEnumerable<ContentTypeDefinition> EditableTypes(ContentDefinitionDocument document)
    {
        var contained = document.ContentTypes
            .SelectMany(t => t.FindPartOfKind("ListPart")?.Settings["ListPartSettings"]?["ContainedContentTypes"]?.AsArray().Select(c => c?.GetValue<string>()) ?? [])
            .ToHashSet();
        return document.ContentTypes.Where(t => t.TypeSettings.Listable || contained.Contains(t.Name));
    }

    private async Task<EditorField> FieldAsync(ContentItem item, string partName, ContentPartFieldDefinition field)
    {
        var label = field.Settings["ContentPartFieldSettings"]?["DisplayName"]?.GetValue<string>() ?? field.Name;
        var required = field.Settings[field.FieldName + "Settings"]?["Required"]?.GetValue<bool>() == true;
        var value = item.Part(partName)?[field.Name];
        var property = $"{partName}.{field.Name}";
        var editor = field.Settings["ContentPartFieldSettings"]?["Editor"]?.GetValue<string>();
        return field.FieldName switch
        {
            "TextField" when editor == "PredefinedList" => new(property, label, "choice", value?["Text"]?.GetValue<string>() ?? "", required)
            {
                Options = (field.Settings["TextFieldPredefinedListEditorSettings"]?["Options"]?.AsArray() ?? []).Select(o => (
                    o?["value"]?.GetValue<string>() ?? "", o?["name"]?.GetValue<string>() ?? "", o?["value"]?.GetValue<string>() == value?["Text"]?.GetValue<string>())).ToList(),
            },
            "TextField" => new(property, label, editor == "TextArea" ? "textarea" : "text", value?["Text"]?.GetValue<string>() ?? "", required),
            "HtmlField" => new(property, label, "html", value?["Html"]?.GetValue<string>() ?? "", required),
            "MarkdownField" => new(property, label, "markdownfield", value?["Markdown"]?.GetValue<string>() ?? "", required),
            "NumericField" => new(property, label, "number", value?["Value"]?.ToJsonString() is { } n && n != "null" ? n : "", required),
            "BooleanField" => new(property, label, "checkbox", value?["Value"]?.GetValue<bool>() == true ? "true" : ""),
            "DateField" => new(property, label, "date", LocalDate(value?["Value"]?.GetValue<string>(), "yyyy-MM-dd"), required),
            "DateTimeField" => new(property, label, "datetime", LocalDate(value?["Value"]?.GetValue<string>(), "yyyy-MM-dd'T'HH:mm"), required, "Czas polski (Europe/Warsaw)."),
            "LinkField" => new(property, label, "link", value?["Url"]?.GetValue<string>() ?? "", required),
            "MediaField" => new(property, label, "media", value?["Paths"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "", required, "Ścieżka pliku w bibliotece mediów: zacznij pisać, aby wybrać, albo wyślij nowy plik.")
            {
                Options = media.AllPaths(1000).Select(p => (p, p, false)).ToList(),
                MediaText = field.Settings["MediaFieldSettings"]?["AllowMediaText"]?.GetValue<bool>() == true
                    ? value?["MediaTexts"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "" : null,
            },
            "MultiTextField" => new(property, label, "lines", string.Join('\n', value?["Values"]?.AsArray().Select(v => v?.GetValue<string>()) ?? []), required, "Jedna wartość w wierszu."),
            "ContentPickerField" => await PickerAsync(property, label, required, field, value),
            "UserPickerField" => await UsersAsync(property, label, required, field, value),
            "TaxonomyField" when editor == "Tags" => new(property, label, "tags", string.Join(", ", value?["TagNames"]?.AsArray().Select(v => v?.GetValue<string>()) ?? []),
                Hint: "Tagi oddzielone przecinkami.") { Options = [(field.Settings["TaxonomyFieldSettings"]?["TaxonomyContentItemId"]?.GetValue<string>() ?? "", "", false)] },
            _ => await TaxonomyAsync(property, label, field, value),
        };
    }

    /// <summary>A ContentPickerField: a choice among the latest items of the types its settings name.</summary>
    private async Task<EditorField> PickerAsync(string property, string label, bool required, ContentPartFieldDefinition field, JsonNode? value)
    {
        var settings = field.Settings["ContentPickerFieldSettings"];
        var types = settings?["DisplayedContentTypes"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [];
        var selected = value?["ContentItemIds"]?.AsArray().Select(v => v?.GetValue<string>()).ToHashSet() ?? [];
        var (items, _) = await query.LatestAsync(new ContentListQuery { Types = types, Sort = "title" }, 0, 500);
        return new EditorField(property, label, "picker", "", required)
        {
            Multiple = settings?["Multiple"]?.GetValue<bool>() == true,
            Options = items.Select(i => (i.ContentItemId, i.DisplayText ?? i.ContentItemId, selected.Contains(i.ContentItemId))).ToList(),
        };
    }

    /// <summary>A UserPickerField: a choice among the site's accounts (by user name).</summary>
    private async Task<EditorField> UsersAsync(string property, string label, bool required, ContentPartFieldDefinition field, JsonNode? value)
    {
        var selected = value?["UserIds"]?.AsArray().Select(v => v?.GetValue<string>()).ToHashSet() ?? [];
        var accounts = await users.Users.AsNoTracking().OrderBy(u => u.UserName).Take(1000).ToListAsync();
        return new EditorField(property, label, "users", "", required)
        {
            Multiple = field.Settings["UserPickerFieldSettings"]?["Multiple"]?.GetValue<bool>() == true,
            Options = accounts.Select(u => (u.Id, u.UserName ?? u.Id, selected.Contains(u.Id))).ToList(),
        };
    }

    private async Task<EditorField> TaxonomyAsync(string property, string label, ContentPartFieldDefinition field, JsonNode? value)
    {
        var taxonomyId = field.Settings["TaxonomyFieldSettings"]?["TaxonomyContentItemId"]?.GetValue<string>();
        var selected = value?["TermContentItemIds"]?.AsArray().Select(v => v?.GetValue<string>()).ToHashSet() ?? [];
        var taxonomy = taxonomyId is null ? null : await query.GetAsync(taxonomyId, VersionOptions.Latest);
        var terms = taxonomy?.Part("TaxonomyPart")?["Terms"]?.AsArray() ?? [];
        return new EditorField(property, label, "checkboxes", taxonomyId ?? "")
        {
            Options = terms.Select(t => (t!["ContentItemId"]!.GetValue<string>(), t["DisplayText"]?.GetValue<string>() ?? "", selected.Contains(t["ContentItemId"]!.GetValue<string>()))).ToList(),
        };
    }

    private static JsonNode? Read(string kind, string posted, out string? error)
    {
        error = null;
        posted = posted.Trim();
        switch (kind)
        {
            case "text" or "textarea":
                return new JsonObject { ["Text"] = posted };
            case "html":
                return new JsonObject { ["Html"] = posted };
            case "markdownfield":
                return new JsonObject { ["Markdown"] = posted };
            case "number" when posted.Length == 0:
                return new JsonObject { ["Value"] = null };
            case "number":
                if (decimal.TryParse(posted.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return new JsonObject { ["Value"] = number };
                }

                error = "Wpisz liczbę.";
                return null;
            case "checkbox":
                return new JsonObject { ["Value"] = posted.Split(',').Contains("true") };
            case "date" or "datetime" when posted.Length == 0:
                return new JsonObject { ["Value"] = null };
            case "date" or "datetime":
                if (ParseWarsaw(posted) is { } utc)
                {
                    return new JsonObject { ["Value"] = ContentItemJson.FormatDate(utc) };
                }

                error = "Wpisz poprawną datę.";
                return null;
            case "link":
                return new JsonObject { ["Url"] = posted, ["Text"] = "" };
            case "lines":
                return new JsonObject { ["Values"] = new JsonArray(posted.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (JsonNode)l).ToArray()) };
            default:
                return null;
        }
    }

    /// <summary>A date or date and time typed in Polish time, as UTC; null when it cannot be read.</summary>
    public static DateTime? ParseWarsaw(string posted) =>
        DateTime.TryParse(posted, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), PolishFormat.Warsaw)
            : null;

    /// <summary>A UTC time as the value of a <c>datetime-local</c> input in Polish time.</summary>
    public static string WarsawInput(DateTime utc) => PolishFormat.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string LocalDate(string? utc, string format) =>
        utc is null ? "" : PolishFormat.ToLocal(ContentItemJson.ParseDate(utc)!.Value).ToString(format, CultureInfo.InvariantCulture);

    private static string Text(ContentItem item, string part, string property) =>
        item.Part(part)?[property]?.GetValue<string>() ?? "";

    private static (string Part, string Property) Split(string property)
    {
        var dot = property.IndexOf('.');
        return (property[..dot], property[(dot + 1)..]);
    }
}
