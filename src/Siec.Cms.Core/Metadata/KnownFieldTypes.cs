namespace Siec.Cms.Core.Metadata;

/// <summary>The field types the engine can store and edit; any other field type in a definition is an error.</summary>
public static class KnownFieldTypes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "TextField", "HtmlField", "MarkdownField", "NumericField", "BooleanField", "DateField", "DateTimeField",
        "TimeField", "LinkField", "MediaField", "ContentPickerField", "TaxonomyField", "UserPickerField", "MultiTextField",
    };
}
