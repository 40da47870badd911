using System.Text.Json;
using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.Parts;

/// <summary>Checks every field value against its field type: the JSON shape, numbers, dates and required values.</summary>
public sealed class ContentFieldsHandler(ContentDefinitionManager definitions) : IContentHandler
{
    public async Task ValidatingAsync(ValidateContentContext context)
    {
        foreach (var typePart in context.Definition.Parts)
        {
            var partDefinition = await definitions.GetPartAsync(typePart.PartName);
            if (partDefinition is null || context.ContentItem.Part(typePart.Name) is not { } part)
            {
                continue;
            }

            foreach (var field in partDefinition.Fields)
            {
                var property = $"{typePart.Name}.{field.Name}";
                switch (part[field.Name])
                {
                    case null:
                        if (IsRequired(field))
                        {
                            context.Fail(property, "To pole jest wymagane.");
                        }

                        break;
                    case JsonObject value:
                        Check(context, property, field, value);
                        break;
                    default:
                        context.Fail(property, $"Wartość pola {field.FieldName} musi być obiektem JSON.");
                        break;
                }
            }
        }
    }

    private static bool IsRequired(ContentPartFieldDefinition field) =>
        field.Settings[field.FieldName + "Settings"]?["Required"] is JsonValue v && v.TryGetValue<bool>(out var required) && required;

    private static void Check(ValidateContentContext context, string property, ContentPartFieldDefinition field, JsonObject value)
    {
        switch (field.FieldName)
        {
            case "TextField" when IsRequired(field) && string.IsNullOrWhiteSpace(value["Text"]?.ToString()):
                context.Fail(property, "To pole jest wymagane.");
                break;
            case "NumericField":
                CheckNumber(context, property, field, value["Value"]);
                break;
            case "BooleanField" when value["Value"] is { } b && b.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False):
                context.Fail(property, "Wartość musi być prawdą albo fałszem.");
                break;
            case "DateField" or "DateTimeField":
                CheckDate(context, property, field, value["Value"]);
                break;
            case "MediaField" or "ContentPickerField" or "TaxonomyField" or "UserPickerField":
                CheckArrays(context, property, value);
                break;
        }
    }

    private static void CheckNumber(ValidateContentContext context, string property, ContentPartFieldDefinition field, JsonNode? node)
    {
        if (node is null)
        {
            if (IsRequired(field))
            {
                context.Fail(property, "To pole jest wymagane.");
            }

            return;
        }

        if (node.GetValueKind() != JsonValueKind.Number)
        {
            context.Fail(property, "Wartość musi być liczbą.");
            return;
        }

        var number = Number(node);
        var settings = field.Settings["NumericFieldSettings"];
        if (settings?["Minimum"] is JsonValue min && min.GetValueKind() == JsonValueKind.Number && number < Number(min))
        {
            context.Fail(property, $"Wartość nie może być mniejsza niż {min}.");
        }

        if (settings?["Maximum"] is JsonValue max && max.GetValueKind() == JsonValueKind.Number && number > Number(max))
        {
            context.Fail(property, $"Wartość nie może być większa niż {max}.");
        }
    }

    private static decimal Number(JsonNode node) => decimal.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static void CheckDate(ValidateContentContext context, string property, ContentPartFieldDefinition field, JsonNode? node)
    {
        if (node is null)
        {
            if (IsRequired(field))
            {
                context.Fail(property, "To pole jest wymagane.");
            }

            return;
        }

        try
        {
            ContentItemJson.ParseDate(node.ToString());
        }
        catch (FormatException e)
        {
            context.Fail(property, e.Message);
        }
    }

    private static void CheckArrays(ValidateContentContext context, string property, JsonObject value)
    {
        foreach (var (key, node) in value)
        {
            if (key.EndsWith('s') && node is not null and not JsonArray && key is "Paths" or "MediaTexts" or "ContentItemIds" or "TermContentItemIds" or "UserIds" or "UserNames" or "TagNames")
            {
                context.Fail($"{property}.{key}", "Wartość musi być listą.");
            }
        }
    }
}
