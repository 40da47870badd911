namespace Siec.Cms.Core.ContentManagement;

/// <summary>What an admin list asks for: latest versions of some types, filtered and sorted in the database.</summary>
public sealed record ContentListQuery
{
    /// <summary>Types listed whoever owns the item.</summary>
    public IReadOnlyCollection<string> Types { get; init; } = [];

    /// <summary>Types listed only for items owned by <see cref="Owner"/> (those who may edit only their own).</summary>
    public IReadOnlyCollection<string> OwnTypes { get; init; } = [];

    public string? Owner { get; init; }

    /// <summary><c>published</c>; <c>draft</c> (never published); <c>changed</c> (published, with a newer draft); <c>unpublished</c> (either of the last two).</summary>
    public string? Status { get; init; }

    public string? Text { get; init; }

    /// <summary>The user name that last saved the item.</summary>
    public string? Author { get; init; }

    /// <summary>A taxonomy term (e.g. a thematic area) the latest version carries.</summary>
    public string? TermId { get; init; }

    /// <summary><c>modified</c> (newest first, the default), <c>published</c> (newest first) or <c>title</c>.</summary>
    public string? Sort { get; init; }
}
