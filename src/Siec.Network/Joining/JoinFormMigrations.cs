using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Metadata;
using Siec.Network.Common;

namespace Siec.Network.Joining;

/// <summary>
/// JoinForm: a Form (same parts as the engine's Form type) whose submissions are applications to join the network,
/// reviewed in the admin. Its fields are content, so a network rewords or extends the form without code.
/// </summary>
public sealed class JoinFormMigrations(ContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(ContentTypes.JoinForm, t => t.DisplayedAs("Formularz zgłoszenia do sieci").RoutableForm());
        return 1;
    }
}
