using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Core.Parts;

/// <summary>Generates a path from the type's Liquid pattern when none is given, and keeps paths well-formed and unique.</summary>
public sealed class AutoroutePartHandler(ContentLookup lookup, AutoroutePatternRenderer patterns) : IContentHandler
{
    public async Task UpdatingAsync(ContentContext context)
    {
        var definition = context.Definition.FindPartOfKind("AutoroutePart");
        if (definition is null)
        {
            return;
        }

        var part = context.ContentItem.GetOrCreatePart(definition.Name);
        if (!string.IsNullOrWhiteSpace(part["Path"]?.GetValue<string>()) || context.Importing)
        {
            return;
        }

        var pattern = definition.Settings["AutoroutePartSettings"]?["Pattern"]?.GetValue<string>();
        var slug = (await patterns.RenderAsync(pattern, context.ContentItem)).Trim('/');
        if (slug.Length == 0)
        {
            return;
        }

        var path = slug;
        for (var suffix = 2; await IsTakenAsync(path, context.ContentItem.ContentItemId); suffix++)
        {
            path = $"{slug}-{suffix}";
        }

        part["Path"] = path;
    }

    public async Task ValidatingAsync(ValidateContentContext context)
    {
        var definition = context.Definition.FindPartOfKind("AutoroutePart");
        var path = definition is null ? null : context.ContentItem.Part(definition.Name)?["Path"]?.GetValue<string>();
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var property = $"{definition!.Name}.Path";
        if (path.StartsWith('/') || path.EndsWith('/') || path.Contains("//") || path.Any(c => char.IsWhiteSpace(c) || c is '?' or '#' or '\\'))
        {
            context.Fail(property, $"Ścieżka '{path}' jest niepoprawna: bez spacji, znaków ? # \\ i bez ukośnika na początku lub końcu.");
        }
        else if (await IsTakenAsync(path, context.ContentItem.ContentItemId))
        {
            context.Fail(property, $"Ścieżka '{path}' jest już używana przez inny element.");
        }
        else if (context.Importing)
        {
            lookup.Claim(path, context.ContentItem.ContentItemId);
        }
    }

    private Task<bool> IsTakenAsync(string path, string contentItemId) => lookup.IsPathTakenAsync(path, contentItemId);
}
