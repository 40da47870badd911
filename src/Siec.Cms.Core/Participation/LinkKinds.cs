namespace Siec.Cms.Core.Participation;

/// <summary>The kinds of user-to-item links (see <see cref="UserContentLinks"/>).</summary>
public static class LinkKinds
{
    /// <summary>Following an item (a topic, a category, a blog); its token unsubscribes without signing in.</summary>
    public const string Follow = "follow";

    /// <summary>An item read up to the link's time.</summary>
    public const string Read = "read";

    /// <summary>An item reported to the moderators; the value is the reason.</summary>
    public const string Report = "report";

    /// <summary>An item waiting for the user's daily digest.</summary>
    public const string Digest = "digest";

    /// <summary>Signed up for an item (a workshop); the value is the status, the token cancels.</summary>
    public const string Registration = "registration";
}
