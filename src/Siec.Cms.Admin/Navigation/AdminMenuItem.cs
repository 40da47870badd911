namespace Siec.Cms.Admin.Navigation;

/// <summary>One link of the admin's menu; modules add theirs with <c>AddAdminMenuItem</c>, sorted by <paramref name="Position"/>.</summary>
public sealed record AdminMenuItem(string Text, string Url, int Position);
