using System.Net.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Siec.Cms.Admin.Settings;

/// <summary>
/// A setting a module or theme adds to <b>Ustawienia strony</b> (the coordinator's address, the footer's sentence),
/// kept among the site settings' properties under <paramref name="Key"/>; the admin knows nothing more of it.
/// </summary>
public sealed record SiteSettingField(string Key, string Label, string Hint, SiteSettingKind Kind = SiteSettingKind.Text, int MaxLength = 300)
{
    /// <summary>For <see cref="SiteSettingKind.Choices"/>: the values (stored comma-separated) and their labels.</summary>
    public IReadOnlyList<(string Value, string Text)> Choices { get; init; } = [];

    /// <summary>Why the value cannot be kept (Polish), or null; an empty value clears the setting.</summary>
    public string? Problem(string value) =>
        value.Length > MaxLength ? $"{Label}: najwyżej {MaxLength} znaków."
        : Kind == SiteSettingKind.Email && value.Length > 0 && !(MailAddress.TryCreate(value, out var address) && address.Address == value)
            ? $"{Label}: podaj jeden adres e-mail, np. koordynator@example.org."
        : Kind == SiteSettingKind.Choices && value.Length > 0 && value.Split(',').Any(v => Choices.All(c => c.Value != v))
            ? $"{Label}: wybierz z listy."
            : null;
}

public enum SiteSettingKind
{
    Text,
    Email,

    /// <summary>Any number of <see cref="SiteSettingField.Choices"/>, as check boxes.</summary>
    Choices,
}

public static class SiteSettingFieldExtensions
{
    public static IServiceCollection AddSiteSettingField(this IServiceCollection services, SiteSettingField field) => services.AddSingleton(field);
}
