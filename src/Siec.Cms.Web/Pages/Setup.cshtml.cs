using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Setup;
using Siec.Cms.Web.Setup;

namespace Siec.Cms.Web.Pages;

/// <summary>The Polish setup page shown until the site has an administrator.</summary>
public sealed class SetupModel(SetupService setup, SetupOptionsResolver options) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public IReadOnlyList<(string Name, RecipeDescriptor Recipe)> Recipes { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await setup.IsSetUpAsync())
        {
            return Redirect("/");
        }

        Input.Recipe = options.DefaultRecipe;
        Recipes = options.SetupRecipes();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Recipes = options.SetupRecipes();
        if (await setup.IsSetUpAsync())
        {
            return Redirect("/");
        }

        if (!Recipes.Any(r => r.Name == Input.Recipe))
        {
            ModelState.AddModelError("Input.Recipe", "Wybierz recepturę z listy.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Errors.AddRange(await setup.SetupAsync(new SetupRequest
        {
            SiteName = Input.SiteName,
            AdminUserName = Input.AdminUserName,
            AdminEmail = Input.AdminEmail,
            AdminPassword = Input.AdminPassword,
            RecipePath = options.ResolveRecipe(Input.Recipe),
        }));
        return Errors.Count == 0 ? Redirect("/") : Page();
    }

    /// <summary>The form's fields, with Polish messages next to each.</summary>
    public sealed class SetupInput
    {
        [Required(ErrorMessage = "Podaj nazwę strony.")]
        public string SiteName { get; set; } = "";

        public string Recipe { get; set; } = "";

        [Required(ErrorMessage = "Podaj nazwę użytkownika.")]
        public string AdminUserName { get; set; } = "admin";

        [Required(ErrorMessage = "Podaj adres e-mail.")]
        [EmailAddress(ErrorMessage = "Adres e-mail jest niepoprawny.")]
        public string AdminEmail { get; set; } = "";

        [Required(ErrorMessage = "Podaj hasło.")]
        public string AdminPassword { get; set; } = "";

        [Compare(nameof(AdminPassword), ErrorMessage = "Hasła nie są jednakowe.")]
        public string PasswordConfirmation { get; set; } = "";
    }
}
