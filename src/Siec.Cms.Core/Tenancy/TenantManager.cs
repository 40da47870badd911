using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Cluster;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Mail;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Recipes.Export;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Setup;

namespace Siec.Cms.Core.Tenancy;

/// <summary>
/// Creates, disables, enables, exports and removes networks: the platform's work, done in a scope of the default
/// network, whose store keeps the list. A network is created whole or not at all: a recipe that fails leaves no
/// database, schema or folder behind and no entry in the list. Changes take turns under one cluster lock, so two
/// staff creating the same name at once get one network and one refusal, never a half-deleted one.
/// </summary>
public sealed class TenantManager(
    CurrentTenant current, DocumentStore documents, Transactions transactions, TenantRegistry registry, TenantShells shells,
    RecipeFolder recipes, OutboxSignal outbox, ClusterLocks locks, IOptions<CmsOptions> cms, IOptions<TenancyOptions> options, IClock clock, NetworkStorage storage)
{
    private const string LockName = "platform-tenants";
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<string>> CreateAsync(TenantRequest request)
    {
        RequirePlatformScope();
        var errors = request.Validate();
        var recipePath = request.Recipe.Length == 0 ? "" : recipes.Resolve(request.Recipe);
        if (request.Recipe.Length > 0 && !File.Exists(recipePath))
        {
            errors.Add($"Receptura '{request.Recipe}' nie istnieje.");
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await using var changing = await locks.AcquireAsync(LockName, LockWait);
        errors.AddRange(await ClashesAsync(request));
        if (errors.Count > 0)
        {
            return errors;
        }

        var tenant = new TenantSettings
        {
            Name = request.Name, DisplayName = request.DisplayName.Trim(), Host = NullIfEmpty(request.Host), Prefix = NullIfEmpty(request.Prefix),
            CoordinatorEmail = request.CoordinatorEmail, RecipeName = RecipeReader.ReadFile(recipePath).Name, CreatedUtc = clock.UtcNow,
        };
        try
        {
            var setupErrors = await SetUpAsync(tenant, new SetupRequest
            {
                SiteName = tenant.DisplayName, AdminUserName = request.CoordinatorEmail, AdminEmail = request.CoordinatorEmail, RecipePath = recipePath,
                // Nobody knows it: the coordinator chooses a password from the mailed link.
                AdminPassword = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)) + "aA1!",
                CoordinatorName = string.IsNullOrWhiteSpace(request.CoordinatorName) ? null : request.CoordinatorName.Trim(),
                ThematicAreas = request.AreaList,
            });
            if (setupErrors.Count > 0)
            {
                await DeleteDataAsync(tenant.Name);
                return setupErrors;
            }
        }
        catch
        {
            await DeleteDataAsync(tenant.Name);
            throw;
        }

        await SaveListAsync(list => list.Tenants.Add(tenant));
        // The coordinator's mail was queued before the network was on the list the sender reads.
        outbox.Wake(tenant.Name);
        return [];
    }

    /// <summary>Disables or enables a network; null when done, else why not (Polish).</summary>
    public async Task<string?> SetStateAsync(string name, TenantState state)
    {
        RequirePlatformScope();
        await using var changing = await locks.AcquireAsync(LockName, LockWait);
        if (await FindOwnAsync(name) is not { } tenant)
        {
            return NotFound(name);
        }

        await SaveListAsync(list => list.Tenants.Single(t => t.Name == tenant.Name).State = state);
        if (state == TenantState.Disabled)
        {
            shells.Release(tenant.Name);
        }

        return null;
    }

    /// <summary>Writes the network's whole site as a recipe.</summary>
    public async Task ExportAsync(TenantSettings tenant, Stream output)
    {
        await using var scope = await shells.OpenAsync(tenant);
        await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportToAsync(output);
    }

    /// <summary>Removes a disabled network: its final export is kept (the returned path), then its data goes.</summary>
    public async Task<(string? Error, string? ExportPath)> RemoveAsync(string name)
    {
        RequirePlatformScope();
        await using var changing = await locks.AcquireAsync(LockName, LockWait);
        if (await FindOwnAsync(name) is not { } tenant)
        {
            return (NotFound(name), null);
        }

        if (tenant.State != TenantState.Disabled)
        {
            return ($"Sieć '{tenant.Name}' działa: najpierw ją wyłącz.", null);
        }

        var folder = Path.Combine(cms.Value.DataPath, "Removed");
        Directory.CreateDirectory(folder);
        var exportPath = Path.Combine(folder, $"{tenant.Name}-{clock.UtcNow:yyyyMMdd-HHmmss}.recipe.json");
        await using (var output = File.Create(exportPath))
        {
            await ExportAsync(tenant, output);
        }

        await SaveListAsync(list => list.Tenants.RemoveAll(t => t.Name == tenant.Name));
        await DeleteDataAsync(tenant.Name);
        return (null, exportPath);
    }

    private async Task<IReadOnlyList<string>> SetUpAsync(TenantSettings tenant, SetupRequest setup)
    {
        await using var scope = await shells.OpenAsync(tenant);
        var services = scope.ServiceProvider;
        var errors = await services.GetRequiredService<SetupService>().SetupAsync(setup);
        if (errors.Count > 0)
        {
            return errors;
        }

        var baseUrl = options.Value.AddressOf(tenant);
        await services.GetRequiredService<PublicAddress>().RecordFirstAsync(baseUrl, services.GetRequiredService<Transactions>());
        var coordinator = (await services.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(tenant.CoordinatorEmail!))!;
        var model = new Dictionary<string, object?>
        {
            ["UserName"] = coordinator.UserName, ["SiteUrl"] = baseUrl + "/",
            ["PasswordLink"] = await services.GetRequiredService<PasswordLinks>().CreateAsync(coordinator, baseUrl),
        };
        await services.GetRequiredService<Transactions>().RunAsync(() =>
            services.GetRequiredService<MailOutbox>().EnqueueAsync("NetworkCreated", coordinator.Email!, model, $"network-created:{tenant.Name}", coordinator.Id));
        return [];
    }

    /// <summary>What the request clashes with, read from the store itself (another node's change may not be in the registry yet).</summary>
    private async Task<List<string>> ClashesAsync(TenantRequest request)
    {
        var errors = new List<string>();
        var all = (await documents.GetAsync<TenantList>(TenantList.DocumentKey)).Tenants;
        if (all.Any(t => string.Equals(t.Name, request.Name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"Sieć o nazwie '{request.Name}' już istnieje.");
        }

        if (request.Prefix.Length > 0)
        {
            if (string.IsNullOrWhiteSpace(options.Value.DefaultHost))
            {
                errors.Add("Sieć pod ścieżką działa na adresie platformy, a ta instalacja go nie ma (ustaw Cms:Tenants:DefaultHost).");
            }
            else if (all.Any(t => t.Prefix == request.Prefix))
            {
                errors.Add($"Ścieżkę '{request.Prefix}' ma już inna sieć.");
            }
        }
        else if (all.Any(t => t.Host == request.Host) || string.Equals(options.Value.DefaultHost?.Trim(), request.Host, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"Adres '{request.Host}' ma już inna sieć.");
        }

        if (errors.Count == 0 && await storage.ExistsAsync(request.Name))
        {
            errors.Add($"Dane sieci '{request.Name}' już istnieją (pozostałość po innej instalacji?); usuń je albo wybierz inną nazwę.");
        }

        return errors;
    }

    private async Task DeleteDataAsync(string name)
    {
        shells.Release(name);
        await storage.DeleteAsync(name);
    }

    private async Task<TenantSettings?> FindOwnAsync(string name) =>
        (await documents.GetAsync<TenantList>(TenantList.DocumentKey)).Tenants.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private async Task SaveListAsync(Action<TenantList> change)
    {
        await transactions.RunAsync(async () =>
        {
            var list = await documents.GetAsync<TenantList>(TenantList.DocumentKey);
            change(list);
            await documents.SaveAsync(TenantList.DocumentKey, list);
        });
        registry.Invalidate();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string NotFound(string name) => $"Nie ma sieci '{name}' (sieci domyślnej nie wyłącza się ani nie usuwa).";

    private void RequirePlatformScope()
    {
        if (!current.IsDefault)
        {
            throw new InvalidOperationException("Sieciami zarządza się z platformy (sieci domyślnej).");
        }
    }
}
