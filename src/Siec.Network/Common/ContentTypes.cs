namespace Siec.Network.Common;

/// <summary>The names of the module's content types (and of the parts named after them), one constant each.</summary>
public static class ContentTypes
{
    public const string Blog = "Blog";
    public const string BlogPost = "BlogPost";
    public const string Forum = "Forum";
    public const string ForumCategory = "ForumCategory";
    public const string ForumTopic = "ForumTopic";
    public const string ForumReply = "ForumReply";
    public const string Material = "Material";
    public const string Workshop = "Workshop";
    public const string Page = "Page";
    public const string AccessibilityStatement = "AccessibilityStatement";
    public const string MemberProfile = "MemberProfile";
    public const string JoinForm = "JoinForm";
    public const string Taxonomy = "Taxonomy";
}
