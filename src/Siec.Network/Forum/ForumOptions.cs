namespace Siec.Network.Forum;

/// <summary>The <c>Cms:Forum</c> section.</summary>
public sealed class ForumOptions
{
    /// <summary>How many of a member's posts wait for a moderator before the member's posts appear at once.</summary>
    public int PostsAwaitingApproval { get; set; } = 2;

    /// <summary>New topics and replies a member may post per minute.</summary>
    public int PostsPerMinute { get; set; } = 6;

    /// <summary>How long after posting a member may still edit the post.</summary>
    public int EditMinutes { get; set; } = 30;
}
