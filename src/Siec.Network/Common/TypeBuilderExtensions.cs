using Siec.Cms.Core.Metadata.Builders;

namespace Siec.Network.Common;

/// <summary>The parts most network types share: a title, a path from a Liquid pattern, and a Markdown body.</summary>
public static class TypeBuilderExtensions
{
    public static ContentTypeDefinitionBuilder Page(this ContentTypeDefinitionBuilder type, string pathPattern, string bodyName = "Treść") => type
        .WithPart("TitlePart", p => p.WithPosition("0").WithSettings("TitlePartSettings", new { Options = 3 }))
        .WithPart("AutoroutePart", p => p.WithPosition("1").WithSettings("AutoroutePartSettings", new
        {
            AllowCustomPath = true,
            Pattern = pathPattern,
            ShowHomepageOption = false,
        }))
        .WithPart("MarkdownBodyPart", p => p.WithPosition("2").WithDisplayName(bodyName).WithSettings("MarkdownBodyPartSettings", new { SanitizeHtml = true }));

    public static ContentTypeDefinitionBuilder Listing(this ContentTypeDefinitionBuilder type, string position, params string[] contained) =>
        type.WithPart("ListPart", p => p.WithPosition(position).WithSettings("ListPartSettings", new
        {
            PageSize = 10,
            ContainedContentTypes = contained,
            EnableOrdering = false,
            ShowHeader = true,
        }));

    /// <summary>Every network type can be secured per type (View_X, Edit_X, Publish_X, ...).</summary>
    public static ContentTypeDefinitionBuilder Editorial(this ContentTypeDefinitionBuilder type) =>
        type.Creatable().Listable().Draftable().Versionable().Securable();
}
