using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Security;

/// <summary>Keeps the roles document and Identity's role table in step.</summary>
public sealed class RoleService(DocumentStore documents, RoleManager<IdentityRole> roles)
{
    public Task<RolesDocument> LoadAsync() => documents.GetAsync<RolesDocument>(RolesDocument.DocumentKey);

    public async Task SaveAsync(RoleDefinition role)
    {
        var document = await LoadAsync();
        var existing = document.Find(role.Name);
        if (existing is null)
        {
            document.Roles.Add(role);
        }
        else
        {
            existing.Description = role.Description;
            existing.Permissions = role.Permissions;
        }

        if (await roles.FindByNameAsync(role.Name) is null)
        {
            var created = await roles.CreateAsync(new IdentityRole(role.Name));
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }

        await documents.SaveAsync(RolesDocument.DocumentKey, document);
    }
}
