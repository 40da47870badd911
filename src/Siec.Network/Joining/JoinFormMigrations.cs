using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;

namespace Siec.Network.Joining;

/// <summary>
/// JoinForm: a Form (same parts as the engine's Form type) whose submissions are applications to join the network,
/// reviewed in the admin. Its fields are content, so a network rewords or extends the form without code.
/// </summary>
public sealed class JoinFormMigrations(ContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(JoinForm.Type, t => t
            .DisplayedAs("Formularz zgłoszenia do sieci").Creatable().Listable().Draftable().Versionable().Securable()
            .WithPart("TitlePart", p => p.WithPosition("0"))
            .WithPart("AutoroutePart", p => p.WithPosition("1").WithSettings("AutoroutePartSettings", new
            {
                AllowCustomPath = true,
                Pattern = "{{ Model.ContentItem | display_text | slugify }}",
            }))
            .WithPart("FormElementPart", p => p.WithPosition("2"))
            .WithPart("FormPart", p => p.WithPosition("3"))
            .WithPart("FlowPart", p => p.WithPosition("4")));
        return 1;
    }
}
