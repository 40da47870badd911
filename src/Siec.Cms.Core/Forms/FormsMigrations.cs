using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.Forms;

/// <summary>
/// Orchard Core's Forms types: a Form holds its inputs as widgets in a FlowPart. Two additions: a Form has a path of
/// its own (so <c>/dolacz</c> is the form), and a SpamTrap widget, an input people never see and bots fill in.
/// </summary>
public sealed class FormsMigrations(ContentDefinitionManager definitions) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.AlterTypeDefinitionAsync("Form", t => t.DisplayedAs("Formularz").RoutableForm());
        await Widget("Label", "Etykieta", "TitlePart", "FormElementPart", "LabelPart");
        await Widget("Input", "Pole", "FormInputElementPart", "FormElementPart", "FormElementLabelPart", "InputPart", "FormElementValidationPart");
        await Widget("TextArea", "Pole tekstowe", "FormInputElementPart", "FormElementPart", "FormElementLabelPart", "TextAreaPart", "FormElementValidationPart");
        await Widget("Select", "Lista wyboru", "FormInputElementPart", "FormElementPart", "FormElementLabelPart", "SelectPart", "FormElementValidationPart");
        await Widget("Button", "Przycisk", "FormInputElementPart", "FormElementPart", "ButtonPart");
        await Widget("ValidationSummary", "Podsumowanie błędów", "ValidationSummaryPart");
        await Widget("Validation", "Komunikat błędu", "ValidationPart");
        await Widget("Paragraph", "Akapit", "HtmlBodyPart");
        await Widget("SpamTrap", "Pułapka na boty", "FormInputElementPart", "FormElementPart", "FormElementLabelPart");
        return 1;
    }

    private Task Widget(string name, string displayName, params string[] parts) =>
        definitions.AlterTypeDefinitionAsync(name, t =>
        {
            t.DisplayedAs(displayName).Stereotype("Widget");
            for (var i = 0; i < parts.Length; i++)
            {
                var position = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                t.WithPart(parts[i], p => p.WithPosition(position));
            }
        });
}
