using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;
using Siec.Network.Common;

namespace Siec.Network.Members;

/// <summary>MemberProfile: a member's public card, owned by their account and edited by them at /konto/profil.</summary>
public sealed class MemberProfileMigrations(ContentDefinitionManager definitions) : DataMigration
{
    
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(ContentTypes.MemberProfile, t => t
            .DisplayedAs("Profil członka").Creatable().Listable().Securable()
            .WithPart("TitlePart", p => p.WithPosition("0").WithDisplayName("Imię i nazwisko"))
            .WithPart("AutoroutePart", p => p.WithPosition("1").WithSettings("AutoroutePartSettings", new
            {
                AllowCustomPath = false,
                Pattern = "czlonkowie/{{ Model.ContentItem | display_text | slugify }}",
            }))
            .WithPart(ContentTypes.MemberProfile, p => p.WithPosition("2")));
        await definitions.AlterPartDefinitionAsync(ContentTypes.MemberProfile, p => p
            .Text("Library", "Biblioteka lub instytucja", "0")
            .WithField("Voivodeship", f => f.OfType("TextField").WithDisplayName("Województwo").WithPosition("1").WithEditor("PredefinedList")
                .WithSettings("TextFieldPredefinedListEditorSettings", new { Options = Voivodeships.All.Select(v => new { name = v, value = v }) }))
            .WithField("About", f => f.OfType("MarkdownField").WithDisplayName("O mnie").WithPosition("2")
                .WithSettings("MarkdownFieldSettings", new { SanitizeHtml = true }))
            .WithField("Photo", f => f.OfType("MediaField").WithDisplayName("Zdjęcie").WithPosition("3")
                .WithSettings("MediaFieldSettings", new { Multiple = false, AllowMediaText = true }))
            .Text("Links", "Odnośniki (po jednym w wierszu)", "4", editor: "TextArea")
            .WithField("ListedInDirectory", f => f.OfType("BooleanField").WithDisplayName("Pokazuj mnie w katalogu członków").WithPosition("5")
                .WithSettings("BooleanFieldSettings", new { DefaultValue = true }))
            .WithField("EmailNotifications", f => f.OfType("TextField").WithDisplayName("Powiadomienia e-mail").WithPosition("6").WithEditor("PredefinedList")
                .WithSettings("TextFieldSettings", new { DefaultValue = EmailNotifications.EachPost })
                .WithSettings("TextFieldPredefinedListEditorSettings", new { Options = EmailNotifications.Options })));
        return 1;
    }
}
