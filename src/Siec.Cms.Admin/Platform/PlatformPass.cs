using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Platform;

/// <summary>Who a platform account is, as a network learns it from a pass.</summary>
public sealed record PlatformIdentity(string UserId, string Email, string UserName, string? Name = null);

/// <summary>
/// Carries a platform sign-in to one network's host, which has cookies of its own: a pass is sealed with the data
/// protection keys for that network alone (another network cannot open it), lives one minute, and is accepted once
/// (its number is counted in the network's database, so a copied address does not sign in twice). Every passage
/// starts on the network, which gives the browser a random state in a cookie and sends it along; the pass carries
/// the state back and is accepted only by the browser holding it, so nobody can sign someone else's browser in to
/// their own account (login forgery) with a pass of theirs.
/// </summary>
public sealed class PlatformPass(
    IDataProtectionProvider protection, IClock clock, Counters counters, IOptions<TenancyOptions> options, TenantRegistry registry, CurrentTenant current)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The cookie holding the state of a passage begun on a network, sent back only to the arrival page.</summary>
    public const string StateCookie = "siec.przepustka";

    public const string ArrivalPath = "/konto/z-platformy";

    /// <summary>The state cookie's path, set and deleted alike: this network's arrival page, under its path when it has one.</summary>
    public static string StateCookiePath(HttpRequest request) => request.PathBase + ArrivalPath;

    /// <summary>The platform's own address, when the installation has one (<c>Cms:Tenants:DefaultHost</c>).</summary>
    public string? PlatformAddress => options.Value.DefaultHost is { Length: > 0 } host ? $"{options.Value.Scheme}://{host}" : null;

    /// <summary>This request serves the platform of an installation that has one: where passes are made.</summary>
    public bool OnPlatform => current.IsDefault && PlatformAddress is not null;

    /// <summary>This request serves one of the platform's networks: where passages begin and passes are taken.</summary>
    public bool OnNetwork => !current.IsDefault && PlatformAddress is not null;

    /// <summary>A running network's exact name and address, from its registered host or prefix only, never from the request.</summary>
    public async Task<(string Name, string Address)?> NetworkAsync(string name) =>
        await registry.FindAsync(name) is { IsDefault: false, State: TenantState.Running } network ? (network.Name, options.Value.AddressOf(network)) : null;

    /// <summary>A new random state for a passage begun on this network.</summary>
    public static string NewState() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsState(string? state) => state is { Length: 32 } && state.All(char.IsAsciiHexDigitLower);

    public string Issue(string network, PlatformIdentity who, string state)
    {
        var sealedPass = new Sealed(who.UserId, who.Email, who.UserName, who.Name, state, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), clock.UtcNow.Add(Lifetime));
        return Protector(network).Protect(JsonSerializer.Serialize(sealedPass));
    }

    /// <summary>The identity in a pass made for this network and this browser's state, unexpired and not used before; otherwise null.</summary>
    public async Task<PlatformIdentity?> RedeemAsync(string network, string? pass, string? state)
    {
        Sealed? opened;
        try
        {
            opened = string.IsNullOrEmpty(pass) ? null : JsonSerializer.Deserialize<Sealed>(Protector(network).Unprotect(pass));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }

        if (opened is null || !IsState(state) || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(opened.State), Encoding.ASCII.GetBytes(state!))
            || opened.ExpiresUtc < clock.UtcNow || !await counters.TryIncrementBelowAsync($"platform-pass:{opened.Nonce}", 1))
        {
            return null;
        }

        return new PlatformIdentity(opened.UserId, opened.Email, opened.UserName, opened.Name);
    }

    /// <summary>A path on the network to land on: a local path only, so a pass cannot send anyone elsewhere.</summary>
    public static string LocalPath(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\')) ? path : "/konto";

    private IDataProtector Protector(string network) => protection.CreateProtector("Siec.PlatformPass", network);

    private sealed record Sealed(string UserId, string Email, string UserName, string? Name, string State, string Nonce, DateTime ExpiresUtc);
}
