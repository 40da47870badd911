namespace Siec.Cms.Admin.Editors;

/// <summary>One input of the generated editor: where its value lives in the item (e.g. <c>BlogPost.Lead</c>) and how to edit it.</summary>
public sealed record EditorField(string Property, string Label, string Kind, string Value, bool Required = false, string? Hint = null)
{
    /// <summary>For a field of an item inside a BagPart: where that item sits (<c>Sessions.0.</c>), so names stay unique.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>The form field name; dots are kept so a posted value maps straight back to its property.</summary>
    public string Name => "f." + Prefix + Property;

    public string Id => "f-" + (Prefix + Property).Replace('.', '-');

    /// <summary>Whether a picker takes several values.</summary>
    public bool Multiple { get; init; }

    /// <summary>For a <c>bag</c> field (BagPart): the items it holds, then one empty item to add.</summary>
    public IReadOnlyList<BagEntry> Entries { get; init; } = [];

    /// <summary>For a media field that allows it, the text describing the file (alt text of an image); null when not asked.</summary>
    public string? MediaText { get; init; }

    /// <summary>The partial view under <c>Pages/Shared/EditorFields/</c> that shows the input (<c>Input</c>, <c>TextArea</c>, ...).</summary>
    public string Template { get; init; } = "Input";

    /// <summary>The editor that built the input and reads its posted value back.</summary>
    public IEditorDriver? Driver { get; init; }

    /// <summary>Choices for <c>checkboxes</c> (taxonomy terms) and <c>choice</c> (predefined list) fields: value and label.</summary>
    public IReadOnlyList<(string Value, string Label, bool Selected)> Options { get; init; } = [];
}
