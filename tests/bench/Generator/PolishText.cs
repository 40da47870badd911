using System.Text;

namespace Siec.Bench.Generator;

/// <summary>Deterministic Polish sentences about pedagogical libraries, inflected as real posts are.</summary>
public sealed class PolishText(int seed)
{
    private static readonly string[] Subjects =
    [
        "Biblioteka pedagogiczna", "Nauczyciel bibliotekarz", "Nasza sieć", "Koordynatorka sieci", "Zespół bibliotekarzy",
        "Szkoła w Sulejówku", "Filia w Łodzi", "Ośrodek Rozwoju Edukacji", "Dyrektorka biblioteki", "Grupa nauczycieli",
    ];

    private static readonly string[] Verbs =
    [
        "przygotowała", "omawia", "wspiera", "planuje", "prowadzi", "dokumentuje", "udostępnia", "zaprasza na", "podsumowuje",
        "organizuje",
    ];

    private static readonly string[] Objects =
    [
        "warsztaty dla nauczycieli", "spotkanie sieci współpracy", "zestawienie bibliograficzne", "lekcję biblioteczną",
        "wspomaganie szkół i placówek", "konkurs czytelniczy", "scenariusz zajęć o czytaniu", "diagnozę potrzeb szkół",
        "materiały do samokształcenia", "wymianę doświadczeń między bibliotekami", "kampanię promującą czytelnictwo",
        "szkolenie z komunikacji interpersonalnej",
    ];

    private static readonly string[] Tails =
    [
        "w przyszłym semestrze", "we współpracy ze środowiskiem lokalnym", "dla uczniów klas czwartych", "w bibliotekach powiatu",
        "zgodnie z nowym modelem doskonalenia", "na platformie sieci", "po spotkaniu w Sulejówku", "z udziałem ekspertów",
    ];

    private readonly Random _random = new(seed);

    public string Title() => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}";

    public string Sentence() => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} {Pick(Tails)}.";

    public string Paragraphs(int count)
    {
        var text = new StringBuilder();
        for (var p = 0; p < count; p++)
        {
            if (p > 0)
            {
                text.Append("\n\n");
            }

            for (var s = 0; s < 3; s++)
            {
                text.Append(s > 0 ? " " : "").Append(Sentence());
            }
        }

        return text.ToString();
    }

    public int Next(int max) => _random.Next(max);

    private string Pick(string[] words) => words[_random.Next(words.Length)];
}
