using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;
using Siec.Network.Common;

namespace Siec.Network.Workshops;

/// <summary>Workshop (a meeting of the network) with its sessions (WorkshopSession items in a BagPart named Sessions).</summary>
public sealed class WorkshopMigrations(ContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(ContentTypes.Workshop, t => t
            .DisplayedAs("Warsztaty / spotkanie").Editorial()
            .Page("warsztaty/{{ Model.ContentItem | display_text | slugify }}", "Opis")
            .WithPart(ContentTypes.Workshop, p => p.WithPosition("3"))
            .WithPart("Sessions", "BagPart", p => p.WithPosition("4").WithDisplayName("Sesje")
                .WithSettings("BagPartSettings", new { ContainedContentTypes = new[] { "WorkshopSession" } })));
        await definitions.AlterPartDefinitionAsync(ContentTypes.Workshop, p => p
            .WithField("Start", f => f.OfType("DateTimeField").WithDisplayName("Początek").WithPosition("0")
                .WithSettings("DateTimeFieldSettings", new { Required = true }))
            .WithField("End", f => f.OfType("DateTimeField").WithDisplayName("Koniec").WithPosition("1")
                .WithSettings("DateTimeFieldSettings", new { Required = true }))
            .WithField("AllDay", f => f.OfType("BooleanField").WithDisplayName("Całe dni (godziny nieznane)").WithPosition("2"))
            .Text("PlaceName", "Miejsce", "3")
            .Text("PlaceAddress", "Adres", "4")
            .Text("PlaceCity", "Miejscowość", "5")
            .WithField("Speakers", f => f.OfType("MultiTextField").WithDisplayName("Prelegenci").WithPosition("6"))
            .Text("Organiser", "Organizator", "7")
            .WithField("RelatedMaterials", f => f.OfType("ContentPickerField").WithDisplayName("Materiały").WithPosition("8")
                .WithSettings("ContentPickerFieldSettings", new { Multiple = true, DisplayedContentTypes = new[] { ContentTypes.Material } }))
            .ThematicAreas("9")
            .WithField("RegistrationOpen", f => f.OfType("BooleanField").WithDisplayName("Zapisy otwarte").WithPosition("10"))
            .WithField("Capacity", f => f.OfType("NumericField").WithDisplayName("Liczba miejsc").WithPosition("11")
                .WithSettings("NumericFieldSettings", new { Minimum = 1, Scale = 0 }))
            .WithField("RegistrationDeadline", f => f.OfType("DateTimeField").WithDisplayName("Termin zapisów").WithPosition("12")));
        await definitions.AlterTypeDefinitionAsync("WorkshopSession", t => t
            .DisplayedAs("Sesja")
            .WithPart("TitlePart", p => p.WithPosition("0"))
            .WithPart("WorkshopSession", p => p.WithPosition("1")));
        await definitions.AlterPartDefinitionAsync("WorkshopSession", p => p
            .WithField("Start", f => f.OfType("DateTimeField").WithDisplayName("Początek").WithPosition("0"))
            .WithField("End", f => f.OfType("DateTimeField").WithDisplayName("Koniec").WithPosition("1"))
            .WithField("Leaders", f => f.OfType("MultiTextField").WithDisplayName("Prowadzący").WithPosition("2"))
            .Text("Description", "Opis", "3", editor: "TextArea"));
        return 1;
    }
}
