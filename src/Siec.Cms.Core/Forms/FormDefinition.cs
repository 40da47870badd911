using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Core.Forms;

/// <summary>
/// A form item read as a list of <see cref="FormElement"/>s. Required and MaxLength sit on
/// FormElementValidationPart (Orchard validates "required" only in workflows); text fields are capped even unsaid.
/// </summary>
public sealed class FormDefinition
{
    public const int DefaultInputMaxLength = 200;
    public const int DefaultTextAreaMaxLength = 4000;

    private FormDefinition(ContentItem item, IReadOnlyList<FormElement> elements)
    {
        Item = item;
        Elements = elements;
    }

    public ContentItem Item { get; }

    public IReadOnlyList<FormElement> Elements { get; }

    public IEnumerable<FormElement> Inputs => Elements.Where(e => e.IsInput);

    public string Title => Item.DisplayText ?? "";

    public bool EnableAntiForgeryToken => Item.Part("FormPart")?["EnableAntiForgeryToken"]?.GetValue<bool>() ?? true;

    /// <summary>The text a person agrees to by ticking a required checkbox: the form's paragraphs and that box's label.</summary>
    public string ConsentText(FormElement checkbox) =>
        string.Join("\n\n", Elements.Where(e => e.Kind == "Paragraph").Select(e => e.Html).Append(checkbox.Label));

    /// <summary>The consent text's version: the first 16 hex digits of its SHA-256, so any change of wording is a new version.</summary>
    public static string Version(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();

    public static bool IsForm(ContentItem item) => item.Part("FormPart") is not null;

    public static FormDefinition From(ContentItem item)
    {
        var widgets = item.Part("FlowPart")?["Widgets"]?.AsArray() ?? [];
        return new FormDefinition(item, widgets.OfType<JsonObject>().Select(Element).ToList());
    }

    private static FormElement Element(JsonObject widget)
    {
        var kind = Text(widget, "ContentType");
        var name = Text(widget["FormInputElementPart"], "Name");
        var validation = widget["FormElementValidationPart"];
        var defaultMax = kind == "TextArea" ? DefaultTextAreaMaxLength : DefaultInputMaxLength;
        var input = widget[kind + "Part"];
        return new FormElement
        {
            Kind = kind,
            Name = name,
            Id = Text(widget["FormElementPart"], "Id") is { Length: > 0 } id ? id : name,
            Label = Text(widget["FormElementLabelPart"], "Label"),
            LabelOption = Int(widget["FormElementLabelPart"], "Option") ?? 1,
            Type = kind == "Button" ? Text(input, "Type", "submit") : Text(input, "Type", "text"),
            DefaultValue = Text(input, "DefaultValue"),
            Placeholder = Text(input, "Placeholder"),
            Text = kind == "Label" ? Text(widget["TitlePart"], "Title") : Text(input, "Text"),
            Html = Text(widget["HtmlBodyPart"], "Html"),
            For = Text(input, "For"),
            Editor = Int(input, "Editor") ?? 0,
            Options = (input?["Options"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(o => new FormOption(Text(o, "Text"), Text(o, "Value"))).ToList(),
            Required = validation?["Required"]?.GetValue<bool>() ?? false,
            MaxLength = Int(validation, "MaxLength") is int max && max > 0 ? max : defaultMax,
        };
    }

    private static string Text(JsonNode? node, string property, string fallback = "") =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : fallback;

    private static int? Int(JsonNode? node, string property) =>
        node?[property] is JsonValue value
            ? value.TryGetValue<int>(out var number) ? number
            : value.TryGetValue<string>(out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out number) ? number : null
            : null;
}
