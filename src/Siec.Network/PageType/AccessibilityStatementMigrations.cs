using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;
using Siec.Network.Common;

namespace Siec.Network.PageType;

/// <summary>
/// AccessibilityStatement: the deklaracja dostępności a Polish public body must publish, with the fields of the
/// ministry's template; the theme renders it with the mandated a11y-* element ids.
/// </summary>
public sealed class AccessibilityStatementMigrations(ContentDefinitionManager definitions) : DataMigration
{
    /// <summary>Recorded under the namespace the class had first, so a site does not run it again.</summary>
    public override string Name => "Siec.Network.Pages.AccessibilityStatementMigrations";

    public static readonly IReadOnlyList<string> Statuses = ["zgodna", "częściowo zgodna", "niezgodna"];

    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(ContentTypes.AccessibilityStatement, t => t
            .DisplayedAs("Deklaracja dostępności").Creatable().Listable().Draftable().Versionable().Securable()
            .Page("deklaracja-dostepnosci", "Informacje dodatkowe")
            .WithPart(ContentTypes.AccessibilityStatement, p => p.WithPosition("3")));
        await definitions.AlterPartDefinitionAsync(ContentTypes.AccessibilityStatement, p => p
            .Text("Entity", "Nazwa podmiotu publicznego", "0", required: true)
            .WithField("PublishedDate", f => f.OfType("DateField").WithDisplayName("Data publikacji strony").WithPosition("1"))
            .WithField("UpdatedDate", f => f.OfType("DateField").WithDisplayName("Data ostatniej istotnej aktualizacji").WithPosition("2"))
            .WithField("Status", f => f.OfType("TextField").WithDisplayName("Status zgodności z ustawą").WithPosition("3").WithEditor("PredefinedList")
                .WithSettings("TextFieldPredefinedListEditorSettings", new { Options = Statuses.Select(s => new { name = s, value = s }) }))
            .Text("NonAccessibleContent", "Treści niedostępne i powody", "4", editor: "TextArea")
            .Text("Exclusions", "Wyłączenia", "5", editor: "TextArea")
            .WithField("PreparedDate", f => f.OfType("DateField").WithDisplayName("Data sporządzenia deklaracji").WithPosition("6"))
            .WithField("ReviewedDate", f => f.OfType("DateField").WithDisplayName("Data ostatniego przeglądu deklaracji").WithPosition("7"))
            .Text("Assessment", "Sposób oceny (samoocena albo podmiot zewnętrzny)", "8")
            .Text("ContactPerson", "Osoba do kontaktu", "9")
            .Text("ContactEmail", "Adres e-mail do kontaktu", "10", editor: "Email")
            .Text("ContactPhone", "Telefon do kontaktu", "11", editor: "Tel")
            .Text("Architecture", "Dostępność architektoniczna", "12", editor: "TextArea"));
        return 1;
    }
}
