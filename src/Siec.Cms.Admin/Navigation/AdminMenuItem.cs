namespace Siec.Cms.Admin.Navigation;

/// <summary>
/// One link of the admin's side menu, in a group of what editors do (<see cref="AdminMenuGroups"/>); modules add
/// theirs with <c>AddAdminMenuItem</c>, sorted by <paramref name="Position"/> within the group. A platform item shows
/// only in the platform's own (default) network.
/// </summary>
public sealed record AdminMenuItem(string Text, string Url, int Position, string Group = AdminMenuGroups.Content, bool Platform = false);

/// <summary>The side menu's groups, in their order.</summary>
public static class AdminMenuGroups
{
    public const string Content = "Treści";
    public const string Forum = "Forum";
    public const string Members = "Członkowie";
    public const string Workshops = "Warsztaty";
    public const string Media = "Media";
    public const string Settings = "Ustawienia";
    public const string Platform = "Platforma";

    public static readonly IReadOnlyList<string> Order = [Content, Forum, Members, Workshops, Media, Settings, Platform];
}
