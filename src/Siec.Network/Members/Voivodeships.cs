namespace Siec.Network.Members;

/// <summary>The sixteen województwa, for the join form and the profile.</summary>
public static class Voivodeships
{
    public static readonly IReadOnlyList<string> All =
    [
        "dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie", "mazowieckie", "opolskie",
        "podkarpackie", "podlaskie", "pomorskie", "śląskie", "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie",
    ];
}
