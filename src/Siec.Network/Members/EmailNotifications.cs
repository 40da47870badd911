namespace Siec.Network.Members;

/// <summary>How a member wants to hear about what they follow.</summary>
public static class EmailNotifications
{
    public const string EachPost = "kazdy";
    public const string Digest = "podsumowanie";
    public const string None = "brak";

    public static readonly object[] Options =
    [
        new { name = "Wiadomość o każdym nowym wpisie", value = EachPost },
        new { name = "Jedno podsumowanie dziennie", value = Digest },
        new { name = "Bez powiadomień", value = None },
    ];
}
