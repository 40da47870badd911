using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Recipes;

/// <summary>Reads recipe JSON leniently, as Orchard Core does: comments and trailing commas allowed, header case-insensitive.</summary>
public static class RecipeReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static RecipeDescriptor ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException(new RecipeError(null, null, null, null, $"Plik receptury '{path}' nie istnieje."));
        }

        return Read(File.ReadAllBytes(path), Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Reads a recipe file's bytes: UTF-8 only (a byte order mark allowed); anything else is refused, never guessed.</summary>
    public static RecipeDescriptor Read(byte[] utf8, string? basePath)
    {
        var bom = utf8.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        string json;
        try
        {
            json = StrictUtf8.GetString(utf8, bom, utf8.Length - bom);
        }
        catch (DecoderFallbackException e)
        {
            throw new RecipeException(new RecipeError(null, null, null, null,
                $"Plik receptury nie jest zapisany w UTF-8: niepoprawny bajt na pozycji {bom + e.Index} (licząc od 0). Zapisz go jako UTF-8 i spróbuj ponownie."));
        }

        return Read(json, basePath);
    }

    public static RecipeDescriptor Read(string json, string? basePath)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (wiersz {line + 1}, znak {e.BytePositionInLine + 1})" : "";
            throw new RecipeException(new RecipeError(null, null, null, null, $"Niepoprawny JSON{where}: {e.Message}"));
        }

        if (root is not JsonObject header)
        {
            throw new RecipeException(new RecipeError(null, null, null, null, "Receptura musi być obiektem JSON."));
        }

        return new RecipeDescriptor
        {
            Name = Text(header, "name"),
            DisplayName = Text(header, "displayName"),
            Description = Text(header, "description"),
            Author = Text(header, "author"),
            WebSite = Text(header, "website"),
            Version = Text(header, "version"),
            IsSetupRecipe = header.Property("issetuprecipe") is JsonValue v && v.TryGetValue<bool>(out var setup) && setup,
            Categories = Strings(header, "categories"),
            Tags = Strings(header, "tags"),
            Variables = header.Property("variables") as JsonObject ?? new JsonObject(),
            Steps = header.Property("steps") as JsonArray
                ?? throw new RecipeException(new RecipeError(null, null, null, "steps", "Receptura nie ma listy kroków 'steps'.")),
            BasePath = basePath,
        };
    }

    private static string Text(JsonObject header, string name) => header.Property(name)?.ToString() ?? "";

    private static List<string> Strings(JsonObject header, string name) =>
        header.Property(name) is JsonArray array ? array.Select(n => n?.ToString() ?? "").ToList() : [];
}
