using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Core.Setup;

/// <summary>Sets up a new site in one transaction: the administrator, the setup recipe, the site name.</summary>
public sealed class SetupService(
    DocumentStore documents,
    UserManager<IdentityUser> users,
    RoleService roles,
    RecipeExecutor recipes,
    Transactions transactions,
    ContentUser contentUser)
{

    public async Task<bool> IsSetUpAsync() => (await documents.GetAsync<SiteState>(SiteState.DocumentKey)).SetUp;

    /// <summary>Returns the problems found (Polish); an empty list means the site is set up.</summary>
    public async Task<IReadOnlyList<string>> SetupAsync(SetupRequest request)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return errors;
        }

        if (await IsSetUpAsync())
        {
            return ["Strona jest już skonfigurowana."];
        }

        var recipe = RecipeReader.ReadFile(request.RecipePath);
        var admin = new IdentityUser { UserName = request.AdminUserName, Email = request.AdminEmail, EmailConfirmed = true };
        try
        {
            await transactions.RunAsync(async () =>
            {
                var created = await users.CreateAsync(admin, request.AdminPassword);
                if (!created.Succeeded)
                {
                    throw new SetupException(created.Errors.Select(e => e.Description).ToList());
                }

                contentUser.UserId = admin.Id;
                contentUser.UserName = admin.UserName;
                await recipes.ExecuteAsync(recipe, new RecipeOptions
                {
                    Parameters = RecipeParameters.Standard(
                        request.SiteName, "Europe/Warsaw", admin.Id, request.AdminUserName, request.AdminEmail, request.CoordinatorName, request.ThematicAreas),
                });

                if ((await roles.LoadAsync()).Find(RoleDefinition.Administrator) is null)
                {
                    await roles.SaveAsync(new RoleDefinition { Name = RoleDefinition.Administrator, Description = "Administratorzy mają pełny dostęp." });
                }

                await users.AddToRoleAsync(admin, RoleDefinition.Administrator);
                var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
                settings.SiteName = request.SiteName;
                await documents.SaveAsync(SiteSettings.DocumentKey, settings);
                var state = await documents.GetAsync<SiteState>(SiteState.DocumentKey);
                state.SetUp = true;
                state.RecipeName = recipe.Name;
                await documents.SaveAsync(SiteState.DocumentKey, state);
            });
        }
        catch (SetupException e)
        {
            return e.Errors;
        }
        catch (RecipeException e)
        {
            return [$"Receptura '{recipe.Name}' nie została zastosowana: {e.Message}"];
        }

        return [];
    }

    private static List<string> Validate(SetupRequest request)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(request.SiteName))
        {
            errors.Add("Podaj nazwę strony.");
        }

        if (string.IsNullOrWhiteSpace(request.AdminUserName))
        {
            errors.Add("Podaj nazwę użytkownika administratora.");
        }

        if (string.IsNullOrWhiteSpace(request.AdminEmail) || !request.AdminEmail.Contains('@'))
        {
            errors.Add("Podaj poprawny adres e-mail administratora.");
        }

        if (string.IsNullOrEmpty(request.AdminPassword))
        {
            errors.Add("Podaj hasło administratora.");
        }

        if (string.IsNullOrWhiteSpace(request.RecipePath) || !File.Exists(request.RecipePath))
        {
            errors.Add($"Receptura '{request.RecipePath}' nie istnieje.");
        }

        return errors;
    }

    private sealed class SetupException(List<string> errors) : Exception(string.Join("; ", errors))
    {
        public List<string> Errors { get; } = errors;
    }
}
