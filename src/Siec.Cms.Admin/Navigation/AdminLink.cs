namespace Siec.Cms.Admin.Navigation;

/// <summary>A link in the admin: its text and address.</summary>
public sealed record AdminLink(string Text, string Url);
