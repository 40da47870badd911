using Siec.Cms.Core.Metadata.Builders;

namespace Siec.Cms.Core.Forms;

/// <summary>The parts of a form with a path of its own; a module's form types (e.g. the join form) use the same.</summary>
public static class FormTypeBuilderExtensions
{
    public static ContentTypeDefinitionBuilder RoutableForm(this ContentTypeDefinitionBuilder type) => type
        .Creatable().Listable().Draftable().Versionable().Securable()
        .WithPart("TitlePart", p => p.WithPosition("0"))
        .WithPart("AutoroutePart", p => p.WithPosition("1").WithSettings("AutoroutePartSettings", new
        {
            AllowCustomPath = true,
            Pattern = "{{ Model.ContentItem | display_text | slugify }}",
        }))
        .WithPart("FormElementPart", p => p.WithPosition("2"))
        .WithPart("FormPart", p => p.WithPosition("3"))
        .WithPart("FlowPart", p => p.WithPosition("4"));
}
