using System.Text.RegularExpressions;

namespace Siec.Cms.Core.Tenancy;

/// <summary>What creating a network needs, as the platform admin's form and <c>tenant create</c> give it.</summary>
public sealed partial class TenantRequest
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>The network's own host name; the admin form's one address field may hold a path prefix instead.</summary>
    public string Host { get; set; } = "";

    /// <summary>A path on the platform's host instead of a host: <c>/sieci/{slug}</c>.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>A recipe of the recipe folder by name, or a recipe file's path.</summary>
    public string Recipe { get; set; } = "";

    public string CoordinatorEmail { get; set; } = "";

    /// <summary>The coordinator's name as the network's pages print it; optional.</summary>
    public string? CoordinatorName { get; set; }

    /// <summary>The network's thematic areas, one per line; optional (the recipe's own names otherwise).</summary>
    public string? ThematicAreas { get; set; }

    public IReadOnlyList<string> AreaList =>
        (ThematicAreas ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The problems of the request itself, in Polish; what it clashes with is checked by <see cref="TenantManager"/>.</summary>
    public List<string> Validate()
    {
        var errors = new List<string>();
        Name = Name.Trim().ToLowerInvariant();
        Host = Host.Trim().ToLowerInvariant();
        Prefix = Prefix.Trim().ToLowerInvariant();
        if (Host.StartsWith('/') && Prefix.Length == 0)
        {
            (Prefix, Host) = (Host, "");
        }

        CoordinatorEmail = CoordinatorEmail.Trim();
        if (!NamePattern().IsMatch(Name))
        {
            errors.Add("Nazwa techniczna sieci: 2–40 znaków, małe litery bez polskich znaków, cyfry i myślniki, zaczyna się literą.");
        }
        else if (Name == TenantSettings.DefaultName.ToLowerInvariant())
        {
            errors.Add("Nazwa 'default' należy do sieci domyślnej.");
        }

        if (Prefix.Length > 0 && Host.Length > 0)
        {
            errors.Add("Podaj albo nazwę hosta, albo ścieżkę sieci, nie oba naraz.");
        }
        else if (Prefix.Length > 0 && !PrefixPattern().IsMatch(Prefix))
        {
            errors.Add($"Ścieżka sieci musi mieć postać {TenantSettings.PrefixRoot}/nazwa (małe litery bez polskich znaków, cyfry i myślniki, do 40 znaków), np. {TenantSettings.PrefixRoot}/biblioteki.");
        }
        else if (Prefix.Length == 0 && !IsHostName(Host))
        {
            errors.Add($"Adres sieci musi być nazwą hosta, np. biblioteki.sieci.example (bez http:// i bez ścieżki), albo ścieżką, np. {TenantSettings.PrefixRoot}/biblioteki.");
        }

        if (string.IsNullOrWhiteSpace(Recipe))
        {
            errors.Add("Wybierz recepturę sieci.");
        }

        if (!EmailPattern().IsMatch(CoordinatorEmail))
        {
            errors.Add("Podaj poprawny adres e-mail koordynatora.");
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            DisplayName = Name;
        }

        return errors;
    }

    public static bool IsHostName(string host) => host.Length <= 253 && HostPattern().IsMatch(host);

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^" + TenantSettings.PrefixRoot + "/[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
