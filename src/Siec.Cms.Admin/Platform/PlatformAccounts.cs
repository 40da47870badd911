using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Privacy;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Platform;

/// <summary>The networks a platform account has joined, kept in the platform's store under the account's id.</summary>
public sealed class PlatformMemberships
{
    public List<string> Networks { get; set; } = [];
}

/// <summary>
/// One account per person across networks. The account and its password live on the platform (the default network);
/// each network keeps its own account for the person, with its own roles and profile, linked to the platform account
/// by an external login ("Platforma", the platform account's id). What spans networks is done here: the list of a
/// person's networks, their data from every network, erasure everywhere, and checking the platform password.
/// </summary>
public sealed class PlatformAccounts(TenantShells shells, TenantRegistry registry)
{
    public const string LoginProvider = "Platforma";

    /// <summary>
    /// The network's account of the person: the one linked to their platform account, or else the one with their
    /// address that no platform account holds yet, which is linked now (the platform proved the address: its
    /// password was set from a link mailed there). Null when the person is not a member.
    /// </summary>
    public static async Task<IdentityUser?> LocalAccountAsync(UserManager<IdentityUser> users, PlatformIdentity who)
    {
        if (await users.FindByLoginAsync(LoginProvider, who.UserId) is { } linked)
        {
            return linked;
        }

        if (await users.FindByEmailAsync(who.Email) is not { } byEmail || (await users.GetLoginsAsync(byEmail)).Any(l => l.LoginProvider == LoginProvider))
        {
            return null;
        }

        var added = await users.AddLoginAsync(byEmail, new UserLoginInfo(LoginProvider, who.UserId, "Konto platformy"));
        return added.Succeeded ? byEmail : null;
    }

    /// <summary>The platform account behind a network's account, if it is linked to one.</summary>
    public static async Task<string?> PlatformIdOfAsync(UserManager<IdentityUser> users, IdentityUser user) =>
        (await users.GetLoginsAsync(user)).FirstOrDefault(l => l.LoginProvider == LoginProvider)?.ProviderKey;

    /// <summary>The account as the platform knows it, if it may carry a pass: its address confirmed and a password set.</summary>
    public static async Task<PlatformIdentity?> IdentityAsync(UserManager<IdentityUser> users, IdentityUser user, string? displayName) =>
        user is { EmailConfirmed: true, Email: { } email, UserName: { } name } && await users.HasPasswordAsync(user) ? new PlatformIdentity(user.Id, email, name, displayName) : null;

    public Task<bool> CheckPasswordAsync(string platformUserId, string password) => OnPlatformAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        return await users.FindByIdAsync(platformUserId) is { } user && !await users.IsLockedOutAsync(user) && await users.CheckPasswordAsync(user, password);
    });

    public Task JoinedAsync(string platformUserId, string network) => ChangeAsync(platformUserId, m =>
    {
        if (!m.Networks.Contains(network))
        {
            m.Networks.Add(network);
        }
    });

    public Task LeftAsync(string platformUserId, string network) => ChangeAsync(platformUserId, m => m.Networks.Remove(network));

    /// <summary>The networks the person has joined that still exist, in the order they joined.</summary>
    public async Task<IReadOnlyList<TenantSettings>> NetworksAsync(string platformUserId)
    {
        var names = await OnPlatformAsync(async s => (await s.GetRequiredService<DocumentStore>().GetAsync<PlatformMemberships>(Key(platformUserId))).Networks);
        var all = await registry.AllAsync();
        return names.Select(n => all.FirstOrDefault(t => t.Name == n)).OfType<TenantSettings>().ToList();
    }

    /// <summary>What every network the person joined holds about them, by network name.</summary>
    public async Task<JsonObject> ExportAsync(string platformUserId)
    {
        var result = new JsonObject();
        await ForEachAccountAsync(platformUserId, async (network, services, user) =>
            result[network.Name] = await services.GetRequiredService<PersonalData>().ExportAsync(user));
        return result;
    }

    /// <summary>Why the person's accounts cannot all be erased (a network's only administrator), or null.</summary>
    public async Task<string?> RefusalAsync(string platformUserId)
    {
        string? refusal = null;
        await ForEachAccountAsync(platformUserId, async (network, services, user) =>
            refusal ??= await services.GetRequiredService<PersonalData>().RefusalAsync(user) is { } why ? $"Sieć „{network.DisplayName}”: {why}" : null);
        return refusal;
    }

    /// <summary>Erases the person's account in every network they joined, and the list of them.</summary>
    public async Task EraseEverywhereAsync(string platformUserId)
    {
        await ForEachAccountAsync(platformUserId, (_, services, user) => services.GetRequiredService<PersonalData>().EraseAsync(user));
        await OnPlatformAsync(async s =>
        {
            await s.GetRequiredService<Transactions>().RunAsync(() => s.GetRequiredService<DocumentStore>().SaveAsync(Key(platformUserId), new PlatformMemberships()));
            return true;
        });
    }

    private async Task ForEachAccountAsync(string platformUserId, Func<TenantSettings, IServiceProvider, IdentityUser, Task> work)
    {
        foreach (var network in await NetworksAsync(platformUserId))
        {
            await using var scope = await shells.OpenAsync(network);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            if (await users.FindByLoginAsync(LoginProvider, platformUserId) is { } user)
            {
                await work(network, scope.ServiceProvider, user);
            }
        }
    }

    private Task ChangeAsync(string platformUserId, Action<PlatformMemberships> change) => OnPlatformAsync(async s =>
    {
        var documents = s.GetRequiredService<DocumentStore>();
        await s.GetRequiredService<Transactions>().RunAsync(async () =>
        {
            var memberships = await documents.GetAsync<PlatformMemberships>(Key(platformUserId));
            change(memberships);
            await documents.SaveAsync(Key(platformUserId), memberships);
        });
        return true;
    });

    private async Task<T> OnPlatformAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = await shells.OpenAsync(TenantSettings.Default);
        return await work(scope.ServiceProvider);
    }

    private static string Key(string platformUserId) => $"Platform.Memberships.{platformUserId}";
}
