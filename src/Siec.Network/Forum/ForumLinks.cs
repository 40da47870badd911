namespace Siec.Network.Forum;

/// <summary>The kinds of user-to-item links the forum keeps in the engine's link table (<c>UserContentLinks</c>).</summary>
public static class ForumLinks
{
    /// <summary>Following an item (a topic, a category, a blog); its token unsubscribes without signing in.</summary>
    public const string Follow = "follow";

    /// <summary>An item read up to the link's time.</summary>
    public const string Read = "read";

    /// <summary>An item reported to the moderators; the value is the reason.</summary>
    public const string Report = "report";

    /// <summary>An item waiting for the user's daily digest.</summary>
    public const string Digest = "digest";
}
