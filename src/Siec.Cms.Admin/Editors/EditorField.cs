namespace Siec.Cms.Admin.Editors;

/// <summary>One input of the generated editor: where its value lives in the item (e.g. <c>BlogPost.Lead</c>) and how to edit it.</summary>
public sealed record EditorField(string Property, string Label, string Kind, string Value, bool Required = false, string? Hint = null)
{
    /// <summary>The form field name; dots are kept so a posted value maps straight back to its property.</summary>
    public string Name => "f." + Property;

    public string Id => "f-" + Property.Replace('.', '-');

    /// <summary>For a media field that allows it, the text describing the file (alt text of an image); null when not asked.</summary>
    public string? MediaText { get; init; }

    /// <summary>Choices for <c>checkboxes</c> (taxonomy terms) and <c>choice</c> (predefined list) fields: value and label.</summary>
    public IReadOnlyList<(string Value, string Label, bool Selected)> Options { get; init; } = [];
}
