using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;
using Siec.Network.Common;

namespace Siec.Network.Materials;

/// <summary>Material: a self-learning material, a file from the media library or an external link.</summary>
public sealed class MaterialMigrations(ContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync(ContentTypes.Material, t => t
            .DisplayedAs("Materiał samokształceniowy").Editorial()
            .Page("materialy/{{ Model.ContentItem | display_text | slugify }}", "Opis")
            .WithPart(ContentTypes.Material, p => p.WithPosition("3")));
        await definitions.AlterPartDefinitionAsync(ContentTypes.Material, p => p
            .WithField("File", f => f.OfType("MediaField").WithDisplayName("Plik").WithPosition("0")
                .WithSettings("MediaFieldSettings", new { Multiple = false, Required = false }))
            .WithField("ExternalLink", f => f.OfType("LinkField").WithDisplayName("Odnośnik zewnętrzny").WithPosition("1"))
            .WithField("Format", f => f.OfType("TextField").WithDisplayName("Forma").WithPosition("2").WithEditor("PredefinedList")
                .WithSettings("TextFieldSettings", new { Required = true })
                .WithSettings("TextFieldPredefinedListEditorSettings", new { Options = MaterialFormats.All.Select(v => new { name = v, value = v }) }))
            .Text("FileType", "Typ pliku (z pliku)", "3")
            .WithField("FileSize", f => f.OfType("NumericField").WithDisplayName("Rozmiar pliku w bajtach (z pliku)").WithPosition("4")
                .WithSettings("NumericFieldSettings", new { Minimum = 0, Scale = 0 }))
            .ThematicAreas("5")
            .Text("Audience", "Dla kogo", "6")
            .WithField("Licence", f => f.OfType("TextField").WithDisplayName("Licencja").WithPosition("7").WithEditor("PredefinedList")
                .WithSettings("TextFieldSettings", new { DefaultValue = Licences.Default })
                .WithSettings("TextFieldPredefinedListEditorSettings", new { Options = Licences.All.Select(v => new { name = v, value = v }) }))
            .Text("Author", "Autor", "8")
            .WithField("Date", f => f.OfType("DateField").WithDisplayName("Data").WithPosition("9"))
            .WithField("DownloadCount", f => f.OfType("NumericField").WithDisplayName("Liczba pobrań").WithPosition("10")
                .WithSettings("NumericFieldSettings", new { Minimum = 0, Scale = 0 })));
        return 1;
    }
}
