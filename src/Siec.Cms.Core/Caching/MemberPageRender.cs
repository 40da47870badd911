using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Siec.Cms.Core.Caching;

/// <summary>
/// A reader page being rendered for every signed-in member of one set of roles, to be kept and served to each of
/// them: what belongs to one member alone in every page (their name and form token in the header) is rendered as a
/// placeholder, and the host puts the member's own in on every answer, as it renders the member's own parts
/// (<see cref="MemberHoles"/>) into their holes. A page that shows more of one member (where their first unread
/// reply is) says so with <see cref="MemberPages.ShowsPersonalData"/> and is not kept.
/// </summary>
public sealed class MemberPageRender
{
    private readonly List<MemberHole> _holes = [];

    /// <summary>Letters and digits only, so that HTML encoding leaves a placeholder as it is; random, so no post can write one.</summary>
    public string Nonce { get; } = "siecmember" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public bool Personal { get; private set; }

    public IReadOnlyList<MemberHole> Holes => _holes;

    /// <summary>Leaves a hole for a member's own part; returns its placeholder.</summary>
    public string Hole(MemberHole hole)
    {
        _holes.Add(hole);
        return Nonce + HoleName(_holes.Count - 1);
    }

    public void MarkPersonal() => Personal = true;

    public const string Name = "name";

    public const string Token = "token";

    private const string HolePrefix = "hole";

    /// <summary>Closes a hole's name, so that hole 1's placeholder is not the start of hole 10's.</summary>
    private const char HoleEnd = 'x';

    public string NamePlaceholder => Nonce + Name;

    public string TokenPlaceholder => Nonce + Token;

    public static string HoleName(int index) => $"{HolePrefix}{index}{HoleEnd}";

    /// <summary>The hole's index, from a placeholder's name (<see cref="HoleName"/>).</summary>
    public static int? HoleIndex(string name) =>
        name.StartsWith(HolePrefix, StringComparison.Ordinal) && int.TryParse(name.AsSpan(HolePrefix.Length, name.Length - HolePrefix.Length - 1), out var index) ? index : null;

    /// <summary>Where the name of the placeholder whose nonce ends at <paramref name="start"/> ends.</summary>
    public static int PlaceholderEnd(string page, int start)
    {
        if (string.CompareOrdinal(page, start, Name, 0, Name.Length) == 0)
        {
            return start + Name.Length;
        }

        if (string.CompareOrdinal(page, start, Token, 0, Token.Length) == 0)
        {
            return start + Token.Length;
        }

        var end = page.IndexOf(HoleEnd, start);
        return end > start && string.CompareOrdinal(page, start, HolePrefix, 0, HolePrefix.Length) == 0 ? end + 1 : start;
    }
}

public static class MemberPages
{
    /// <summary>The shared render under way for this request, if the page is being rendered for every member of its roles.</summary>
    public static MemberPageRender? SharedRender(this HttpContext http) => http.Features.Get<MemberPageRender>();

    /// <summary>
    /// The page shows something of this member alone (where their first unread reply is, a form sent back with an
    /// error): it is rendered for them and never kept for other members.
    /// </summary>
    public static void ShowsPersonalData(this HttpContext http) => http.SharedRender()?.MarkPersonal();
}
