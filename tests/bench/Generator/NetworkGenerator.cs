using System.Text.Json;

namespace Siec.Bench.Generator;

/// <summary>
/// Writes a network of generated items as an Orchard Core recipe (one Content step, items shaped as an export
/// writes them) on top of the default network recipe, whose blog, forum categories and thematic areas it uses.
/// Written as a stream, so a recipe of any size never sits in memory.
/// </summary>
public static class NetworkGenerator
{
    public const string LongTopicPath = "forum/sprawy-ogolne/dluga-dyskusja";

    private const string Blog = "42sdhp0ewm0v7hqdqy29cmvqvw";
    private const string ThematicAreas = "4mscndvvz1sp8wbydg158fegtt";

    private static readonly (string Id, string Path)[] Categories =
    [
        ("48n8892f1nj5rkrvw4naqmtb6g", "forum/sprawy-ogolne"), ("4a6jd5kbsy3cte6pmv433zf2qk", "forum/struktura-organizacyjna"),
        ("4hgm61nkxf0evjkjtj8d3ezbdx", "forum/kompetencje-i-komunikacja"), ("4zhk3z5knyftvjn3mahd99xzmt", "forum/motywowanie-nauczycieli"),
        ("4fy2qjzzaztw4v8ys4q2tp11ev", "forum/przelamywanie-stereotypow"), ("433xs1e5ppgfb8mnwrqyx8kb6w", "forum/wspolpraca-ze-srodowiskiem-lokalnym"),
    ];

    private static readonly string[] Areas =
    [
        "441f642pcat6s2vessy8rgxp7q", "4p29hpgxxxp1ykr5a3tq1vh97b", "4q94wg8d4jjnd07m8kg6b2fhnh", "4h9bfwkk7sxn0kpyy916v9hpk3",
        "4m6mx7ktqjadtz48n4tdvde3pk",
    ];

    private static readonly string[] Formats = ["artykuł", "prezentacja", "scenariusz zajęć", "poradnik", "nagranie"];
    private static readonly string[] Cities = ["Sulejówek", "Łódź", "Kraków", "Gdańsk", "Poznań", "Wrocław", "Lublin"];
    private static readonly DateTime Start = new(2015, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Writes the recipe and returns how many items it holds. With <paramref name="breakLast"/> the last item is a
    /// workshop that ends before it starts, so importing it must fail and leave the site as it was.
    /// </summary>
    public static int Write(Stream stream, NetworkShape shape, bool breakLast = false)
    {
        using var json = new Utf8JsonWriter(stream);
        var text = new PolishText(2014);
        var span = TimeSpan.FromDays(365 * 11);
        var written = 0;
        DateTime When(int i, int of) => Start + span * ((double)i / of);

        json.WriteStartObject();
        json.WriteString("name", "wygenerowana-siec");
        json.WriteString("displayName", $"Wygenerowana sieć ({shape.Items} elementów)");
        json.WriteString("description", "Sieć do pomiarów wydajności, wygenerowana przez tests/bench/Generator.");
        json.WriteStartArray("steps");
        json.WriteStartObject();
        json.WriteString("name", "Content");
        json.WriteStartArray("data");

        for (var i = 0; i < shape.Posts; i++)
        {
            var title = $"{text.Title()} ({i + 1})";
            Item(json, Id('p', i), "BlogPost", title, When(i, shape.Posts), $"blog/wpis-{i + 1}", text.Paragraphs(4), Blog, "Blog");
            json.WriteEndObject();
            written++;
        }

        for (var i = 0; i < shape.Topics; i++)
        {
            var (category, categoryPath) = i == 0 ? Categories[0] : Categories[i % Categories.Length];
            var path = i == 0 ? LongTopicPath : $"{categoryPath}/temat-{i}";
            Item(json, Id('t', i), "ForumTopic", i == 0 ? "Długa dyskusja o wspomaganiu szkół" : $"{text.Title()}?", When(i, shape.Topics), path,
                text.Paragraphs(2), category, "ForumCategory");
            json.WriteStartObject("ForumTopic");
            Value(json, "Pinned", false);
            Value(json, "Locked", false);
            json.WriteEndObject();
            json.WriteEndObject();
            written++;
        }

        for (var i = 0; i < shape.Replies; i++)
        {
            // The long topic takes the first replies, the others spread over every topic.
            var topic = i < shape.LongTopicReplies ? 0 : 1 + text.Next(Math.Max(1, shape.Topics - 1));
            Item(json, Id('r', i), "ForumReply", null, When(i, shape.Replies), null, text.Paragraphs(1), Id('t', Math.Min(topic, shape.Topics - 1)), "ForumTopic");
            json.WriteEndObject();
            written++;
        }

        for (var i = 0; i < shape.Materials; i++)
        {
            Item(json, Id('m', i), "Material", $"{text.Title()} – materiał {i + 1}", When(i, shape.Materials), $"materialy/material-{i + 1}",
                text.Paragraphs(2), null, null);
            json.WriteStartObject("Material");
            json.WriteStartObject("ExternalLink");
            json.WriteString("Url", $"https://example.org/materialy/{i + 1}.pdf");
            json.WriteString("Text", "Pobierz");
            json.WriteEndObject();
            Text(json, "Format", Formats[i % Formats.Length]);
            Terms(json, "ThematicAreas", Areas[i % Areas.Length]);
            Text(json, "Audience", "nauczyciele bibliotekarze");
            Text(json, "Licence", "CC BY 4.0");
            json.WriteEndObject();
            json.WriteEndObject();
            written++;
        }

        for (var i = 0; i < shape.Workshops; i++)
        {
            var start = When(i, shape.Workshops);
            Item(json, Id('w', i), "Workshop", $"Warsztaty: {text.Title()}", start, $"warsztaty/warsztaty-{i + 1}", text.Paragraphs(2), null, null);
            json.WriteStartObject("Workshop");
            json.WriteStartObject("Start");
            json.WriteString("Value", start.AddDays(30));
            json.WriteEndObject();
            json.WriteStartObject("End");
            json.WriteString("Value", start.AddDays(30).AddHours(breakLast && i == shape.Workshops - 1 ? -6 : 6));
            json.WriteEndObject();
            Text(json, "PlaceName", "Biblioteka pedagogiczna");
            Text(json, "PlaceCity", Cities[i % Cities.Length]);
            Text(json, "Organiser", "Ośrodek Rozwoju Edukacji");
            Terms(json, "ThematicAreas", Areas[i % Areas.Length]);
            json.WriteEndObject();
            json.WriteEndObject();
            written++;
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        return written;
    }

    private static string Id(char type, int i) => $"gen{type}{i:D22}";

    /// <summary>Opens an item and writes what every item has; the caller adds its type's part and closes it.</summary>
    private static void Item(Utf8JsonWriter json, string id, string type, string? title, DateTime utc, string? path, string markdown,
        string? list, string? listType)
    {
        json.WriteStartObject();
        json.WriteString("ContentItemId", id);
        json.WriteString("ContentItemVersionId", "v" + id[1..]);
        json.WriteString("ContentType", type);
        json.WriteString("DisplayText", title ?? "");
        json.WriteBoolean("Latest", true);
        json.WriteBoolean("Published", true);
        json.WriteString("CreatedUtc", utc);
        json.WriteString("ModifiedUtc", utc);
        json.WriteString("PublishedUtc", utc);
        json.WriteString("Owner", "admin");
        json.WriteString("Author", "koordynator");
        if (title is not null)
        {
            json.WriteStartObject("TitlePart");
            json.WriteString("Title", title);
            json.WriteEndObject();
        }

        if (path is not null)
        {
            json.WriteStartObject("AutoroutePart");
            json.WriteString("Path", path);
            json.WriteEndObject();
        }

        json.WriteStartObject("MarkdownBodyPart");
        json.WriteString("Markdown", markdown);
        json.WriteEndObject();
        if (list is not null)
        {
            json.WriteStartObject("ContainedPart");
            json.WriteString("ListContentItemId", list);
            json.WriteString("ListContentType", listType);
            json.WriteEndObject();
        }
    }

    private static void Value(Utf8JsonWriter json, string field, bool value)
    {
        json.WriteStartObject(field);
        json.WriteBoolean("Value", value);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string field, string value)
    {
        json.WriteStartObject(field);
        json.WriteString("Text", value);
        json.WriteEndObject();
    }

    private static void Terms(Utf8JsonWriter json, string field, string term)
    {
        json.WriteStartObject(field);
        json.WriteString("TaxonomyContentItemId", ThematicAreas);
        json.WriteStartArray("TermContentItemIds");
        json.WriteStringValue(term);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
