namespace Siec.Cms.Core.Data.Records;

/// <summary>
/// Something a user has to do with an item, one row per kind, user and item: following it, having read it up to a
/// time, having reported it, being registered for it. <see cref="Token"/> is a secret for links that act without
/// signing in (unsubscribe, cancel).
/// </summary>
public sealed class UserContentLinkRecord
{
    public long Id { get; set; }

    public string Kind { get; set; } = "";

    public string UserId { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public string? Value { get; set; }

    public DateTime Utc { get; set; }

    public string? Token { get; set; }
}
