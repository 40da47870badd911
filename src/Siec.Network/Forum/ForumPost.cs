namespace Siec.Network.Forum;

/// <summary>What a member sends: a new topic (with a title) or a reply, in Markdown.</summary>
public sealed record ForumPost(string ParentId, string? Title, string Markdown, string? ReplyTo = null)
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 20_000;

    /// <summary>The Polish message for what is wrong with the post, or null.</summary>
    public string? Problem()
    {
        if (Title is not null && string.IsNullOrWhiteSpace(Title))
        {
            return "Wpisz tytuł tematu.";
        }

        if (Title?.Length > MaxTitleLength)
        {
            return $"Tytuł może mieć najwyżej {MaxTitleLength} znaków.";
        }

        if (string.IsNullOrWhiteSpace(Markdown))
        {
            return "Wpisz treść wpisu.";
        }

        return Markdown.Length > MaxBodyLength ? $"Wpis może mieć najwyżej {MaxBodyLength} znaków (wpisano {Markdown.Length})." : null;
    }
}
