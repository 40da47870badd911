using System.Text.Json.Nodes;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>Orchard's <c>Roles</c> step, with <c>PermissionBehavior</c> Replace (default), Add or Remove.</summary>
public sealed class RolesStep(RoleService roles, ContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Get("Roles") is not JsonArray list)
        {
            throw new RecipeStepException("Krok nie ma listy 'Roles'.", property: "Roles");
        }

        var existing = await roles.LoadAsync();
        for (var i = 0; i < list.Count; i++)
        {
            var json = list[i] as JsonObject ?? throw new RecipeStepException("Rola musi być obiektem JSON.", item: $"Roles[{i}]");
            var name = Value(json, "Name");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeStepException("Rola bez nazwy.", item: $"Roles[{i}]", property: "Name");
            }

            var permissions = Value(json, "Permissions") is null
                ? []
                : (json.Property("Permissions") as JsonArray ?? throw new RecipeStepException("Permissions musi być listą.", $"rola '{name}'", "Permissions"))
                    .Select(p => p?.ToString() ?? "").Where(p => p.Length > 0).ToList();
            await WarnAboutUnknownAsync(context, name, permissions);
            var current = existing.Find(name)?.Permissions ?? [];
            var behavior = Value(json, "PermissionBehavior") ?? "Replace";
            var merged = behavior switch
            {
                "Replace" or "0" => permissions,
                "Add" or "1" => current.Union(permissions).ToList(),
                "Remove" or "2" => current.Except(permissions).ToList(),
                _ => throw new RecipeStepException($"Nieznane PermissionBehavior '{behavior}'.", $"rola '{name}'", "PermissionBehavior"),
            };
            await roles.SaveAsync(new RoleDefinition
            {
                Name = name,
                Description = Value(json, "Description") ?? existing.Find(name)?.Description ?? "",
                Permissions = merged,
            });
        }
    }

    /// <summary>Permissions of features we lack are kept (a later version may have them) but listed as warnings.</summary>
    private async Task WarnAboutUnknownAsync(RecipeStepContext context, string role, List<string> permissions)
    {
        var document = await definitions.LoadAsync();
        var unknown = permissions.Where(p => !Permissions.Global.Contains(p)
            && (ContentTypePermissions.TypeOf(p) is not { } type || document.FindType(type)?.TypeSettings.Securable != true)).ToList();
        if (unknown.Count > 0)
        {
            context.Result.Warnings.Add($"Rola '{role}': nieznane uprawnienia {string.Join(", ", unknown)}.");
        }
    }

    private static string? Value(JsonObject json, string name) => json.Property(name)?.ToString();
}
