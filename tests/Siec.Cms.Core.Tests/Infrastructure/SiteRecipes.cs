using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Recipes.Export;

namespace Siec.Cms.Core.Tests.Infrastructure;

/// <summary>Runs recipes against a test site and takes snapshots of everything a recipe could change.</summary>
public static class SiteRecipes
{
    public static Task<RecipeResult> ImportAsync(this TestSite site, string json, bool skipUnsupported = false, string? basePath = null) =>
        site.ImportAsync(RecipeReader.Read(json, basePath ?? site.DataPath), skipUnsupported);

    public static Task<RecipeResult> ImportAsync(this TestSite site, RecipeDescriptor recipe, bool skipUnsupported = false, bool validateOnly = false) =>
        site.RunAsync<RecipeExecutor, RecipeResult>(e => e.ExecuteAsync(recipe, new RecipeOptions
        {
            SkipUnsupported = skipUnsupported,
            ValidateOnly = validateOnly,
            Parameters = RecipeParameters.Standard("Test", "Europe/Warsaw", "admin-id", "admin", email: null),
        }));

    /// <summary>The whole site as an export recipe: definitions, settings, roles and every latest and published version.</summary>
    public static async Task<string> SnapshotAsync(this TestSite site) =>
        (await site.RunAsync<RecipeExporter, System.Text.Json.Nodes.JsonObject>(e => e.ExportAsync())).ToJsonString();

    /// <summary>A small recipe defining an Article type (title, path, body, a numeric field) used by many tests.</summary>
    public const string ArticleDefinition = """
        {
          "name": "ArticleDefinition",
          "steps": [
            {
              "name": "ContentDefinition",
              "ContentTypes": [
                {
                  "Name": "Article", "DisplayName": "Artykuł",
                  "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                    { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "{{ Model.ContentItem | display_text | slugify }}" } } },
                    { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart", "Settings": {} },
                    { "PartName": "ContainedPart", "Name": "ContainedPart", "Settings": {} },
                    { "PartName": "Article", "Name": "Article", "Settings": {} }
                  ]
                },
                {
                  "Name": "Shelf", "DisplayName": "Półka",
                  "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                    { "PartName": "ListPart", "Name": "ListPart", "Settings": { "ListPartSettings": { "ContainedContentTypes": [ "Article" ] } } }
                  ]
                }
              ],
              "ContentParts": [
                {
                  "Name": "Article",
                  "Settings": {},
                  "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "NumericField", "Name": "Pages", "Settings": { "NumericFieldSettings": { "Minimum": 1, "Maximum": 1000 } } },
                    { "FieldName": "TaxonomyField", "Name": "Areas", "Settings": {} }
                  ]
                }
              ]
            }
          ]
        }
        """;
}
