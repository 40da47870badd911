using Microsoft.AspNetCore.Http;

namespace Siec.Network.Materials;

/// <summary>What a member typed into the material form: kept whole, so a refused form comes back as it was sent.</summary>
public sealed record MaterialInput(
    string Title, string Markdown, string Link, IReadOnlyList<string> Areas, string Format, string Audience, string Licence, bool RightsConfirmed)
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 20_000;
    public const int MaxAudienceLength = 200;

    public static MaterialInput From(IFormCollection form) => new(
        form["tytul"].ToString().Trim(),
        form["opis"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal),
        form["odnosnik"].ToString().Trim(),
        form["obszary"].Where(a => !string.IsNullOrEmpty(a)).Select(a => a!).Distinct().ToList(),
        form["forma"].ToString(),
        form["dla-kogo"].ToString().Trim(),
        form["licencja"].ToString(),
        form["prawa"] == "tak");

    /// <summary>A new form: CC BY 4.0 chosen, nothing else.</summary>
    public static MaterialInput Empty { get; } = new("", "", "", [], "", "", Licences.Default, false);

    /// <summary>What is wrong, field by field (Polish), given the areas that exist and whether a file comes or is kept.</summary>
    public List<(string Field, string Message)> Problems(IReadOnlyCollection<string> areaIds, bool hasFile)
    {
        var problems = new List<(string, string)>();
        if (Title.Length == 0)
        {
            problems.Add(("tytul", "Wpisz tytuł materiału."));
        }
        else if (Title.Length > MaxTitleLength)
        {
            problems.Add(("tytul", $"Tytuł może mieć najwyżej {MaxTitleLength} znaków."));
        }

        if (string.IsNullOrWhiteSpace(Markdown))
        {
            problems.Add(("opis", "Opisz krótko, czego dotyczy materiał i jak z niego korzystać."));
        }
        else if (Markdown.Length > MaxBodyLength)
        {
            problems.Add(("opis", $"Opis może mieć najwyżej {MaxBodyLength} znaków (wpisano {Markdown.Length})."));
        }

        if (!hasFile && Link.Length == 0)
        {
            problems.Add(("plik", "Dołącz plik albo podaj odnośnik do materiału."));
        }

        if (Link.Length > 0 && !(Uri.TryCreate(Link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            problems.Add(("odnosnik", "Odnośnik musi być pełnym adresem zaczynającym się od https:// lub http://."));
        }

        if (Areas.Count == 0 || Areas.Any(a => !areaIds.Contains(a)))
        {
            problems.Add(("obszary", "Wybierz co najmniej jeden obszar tematyczny z listy."));
        }

        if (!MaterialFormats.All.Contains(Format))
        {
            problems.Add(("forma", "Wybierz formę materiału z listy."));
        }

        if (Audience.Length > MaxAudienceLength)
        {
            problems.Add(("dla-kogo", $"Pole „Dla kogo” może mieć najwyżej {MaxAudienceLength} znaków."));
        }

        if (!Licences.All.Contains(Licence))
        {
            problems.Add(("licencja", "Wybierz licencję z listy."));
        }

        if (!RightsConfirmed)
        {
            problems.Add(("prawa", "Potwierdź, że masz prawo udostępnić ten materiał na wybranej licencji."));
        }

        return problems;
    }
}
