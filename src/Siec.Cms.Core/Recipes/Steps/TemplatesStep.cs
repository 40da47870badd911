using System.Text.Json.Nodes;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Display.Templates;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>
/// Orchard's <c>Templates</c> step: <c>{ "Templates": { "Content__BlogPost": { "Content": "…", "Description": "…" } } }</c>
/// stores Liquid templates that take the place of the theme's file of the same shape. Every template is parsed first:
/// one that fails is refused with its name, line and column.
/// </summary>
public class TemplatesStep(DocumentStore documents) : IRecipeStep
{
    public virtual string Name => StoredTemplates.SiteKey;

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Get(Name) is not JsonObject templates)
        {
            throw new RecipeStepException($"Krok {Name} nie ma obiektu '{Name}' z szablonami.", property: Name);
        }

        var document = await documents.GetAsync<StoredTemplates>(Name);
        foreach (var (shape, value) in templates)
        {
            var property = $"{Name}.{shape}";
            if (!TemplateNames.IsValid(shape))
            {
                throw new RecipeStepException($"Nazwa szablonu '{shape}' jest niepoprawna: dozwolone są litery, cyfry i podkreślenia (np. Content__BlogPost).", property: property);
            }

            var content = (value as JsonObject)?["Content"]?.ToString()
                ?? throw new RecipeStepException($"Szablon '{shape}' nie ma treści (Content).", property: property);
            if (!LiquidTemplates.TryParse(content, out _, out var error))
            {
                throw new RecipeStepException($"Szablon '{shape}' ma błąd składni Liquid: {error}", property: property);
            }

            document.Templates[shape] = new StoredTemplate { Content = content, Description = value!["Description"]?.ToString() };
        }

        await documents.SaveAsync(Name, document);
        Warn(context);
    }

    protected virtual void Warn(RecipeStepContext context)
    {
    }
}

/// <summary>Orchard's <c>AdminTemplates</c> step: kept and exported like Templates, for the admin Siec.Cms does not draw with Liquid.</summary>
public sealed class AdminTemplatesStep(DocumentStore documents) : TemplatesStep(documents)
{
    public override string Name => StoredTemplates.AdminKey;

    protected override void Warn(RecipeStepContext context) =>
        context.Result.Warnings.Add("Szablony panelu (AdminTemplates) zapisano, ale panel Siec.Cms nie jest rysowany szablonami Liquid: nie zmienią jego wyglądu.");
}
