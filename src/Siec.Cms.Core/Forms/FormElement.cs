namespace Siec.Cms.Core.Forms;

/// <summary>One widget of a form, read from its parts, in the shape the theme's <c>Form</c> template renders.</summary>
public sealed class FormElement
{
    /// <summary>The widget's content type: Input, TextArea, Select, Label, Button, ValidationSummary, Validation, Paragraph, SpamTrap.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The HTML id (FormElementPart.Id, or one made from the name).</summary>
    public string Id { get; init; } = "";

    /// <summary>The posted field name (FormInputElementPart.Name).</summary>
    public string Name { get; init; } = "";

    public string Label { get; init; } = "";

    /// <summary>FormElementLabelPart.Option: 0 none, 1 shown, 2 for screen readers only.</summary>
    public int LabelOption { get; init; } = 1;

    /// <summary>InputPart.Type (text, email, checkbox, ...) or ButtonPart.Type.</summary>
    public string Type { get; init; } = "text";

    public string DefaultValue { get; init; } = "";

    public string Placeholder { get; init; } = "";

    /// <summary>Button text, or the Label widget's text.</summary>
    public string Text { get; init; } = "";

    /// <summary>Paragraph HTML (HtmlBodyPart).</summary>
    public string Html { get; init; } = "";

    /// <summary>LabelPart.For or ValidationPart.For.</summary>
    public string For { get; init; } = "";

    public IReadOnlyList<FormOption> Options { get; init; } = [];

    /// <summary>SelectPart.Editor: 0 dropdown, 1 checkboxes, 2 radio buttons.</summary>
    public int Editor { get; init; }

    public bool Required { get; init; }

    public int MaxLength { get; init; }

    public bool IsInput => Kind is "Input" or "TextArea" or "Select";

    public bool IsCheckbox => Kind == "Input" && Type == "checkbox";
}

public sealed record FormOption(string Text, string Value);
