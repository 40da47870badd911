using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Siec.Cms.Core.Recipes;

/// <summary>
/// Reads recipe JSON leniently, as Orchard Core does: comments and trailing commas allowed, header case-insensitive.
/// A recipe is read as a stream: the items of a Content step stay where they are and are read one at a time when
/// the step runs (<see cref="RecipeDescriptor.ReadData"/>), so a recipe of any size never sits in memory whole.
/// </summary>
public static class RecipeReader
{
    public static RecipeDescriptor ReadFile(string path) => ReadFile(path, Path.GetDirectoryName(Path.GetFullPath(path))!);

    /// <param name="basePath">Where the recipe's files are; null for a recipe sent by a browser, which may read none.</param>
    public static RecipeDescriptor ReadFile(string path, string? basePath)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException(new RecipeError(null, null, null, null, $"Plik receptury '{path}' nie istnieje."));
        }

        var fullPath = Path.GetFullPath(path);
        return Read(() => File.OpenRead(fullPath), basePath);
    }

    /// <summary>Reads a recipe file's bytes: UTF-8 only (a byte order mark allowed); anything else is refused, never guessed.</summary>
    public static RecipeDescriptor Read(byte[] utf8, string? basePath) => Read(() => new MemoryStream(utf8, writable: false), basePath);

    public static RecipeDescriptor Read(string json, string? basePath) => Read(Encoding.UTF8.GetBytes(json), basePath);

    private static RecipeDescriptor Read(Func<Stream> open, string? basePath)
    {
        using (var stream = open())
        {
            CheckUtf8(stream);
        }

        try
        {
            using var reader = new JsonStreamReader(open());
            return ReadHeader(reader, open, basePath);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (wiersz {line + 1}, znak {e.BytePositionInLine + 1})" : "";
            throw new RecipeException(new RecipeError(null, null, null, null, $"Niepoprawny JSON{where}: {e.Message}"));
        }
    }

    /// <summary>Refuses bytes that are not UTF-8, naming the first bad byte's position (from 0).</summary>
    private static void CheckUtf8(Stream stream)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var chars = ArrayPool<char>.Shared.Rent(64 * 1024);
        try
        {
            long offset = 0;
            var carried = 0;
            while (true)
            {
                var read = stream.Read(bytes, carried, 64 * 1024 - carried);
                var length = carried + read;
                var final = read == 0;
                var status = Utf8.ToUtf16(bytes.AsSpan(0, length), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                if (status == OperationStatus.InvalidData)
                {
                    throw new RecipeException(new RecipeError(null, null, null, null,
                        $"Plik receptury nie jest zapisany w UTF-8: niepoprawny bajt na pozycji {offset + consumed} (licząc od 0). Zapisz go jako UTF-8 i spróbuj ponownie."));
                }

                if (final)
                {
                    return;
                }

                // An incomplete character at the end of the block waits for the next block.
                carried = length - consumed;
                Buffer.BlockCopy(bytes, consumed, bytes, 0, carried);
                offset += consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static RecipeDescriptor ReadHeader(JsonStreamReader reader, Func<Stream> open, string? basePath)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new RecipeException(new RecipeError(null, null, null, null, "Receptura musi być obiektem JSON."));
        }

        var header = new JsonObject();
        JsonArray? steps = null;
        var deferred = new Dictionary<int, long>();
        var counts = new Dictionary<int, int>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.Text!;
            if (string.Equals(name, "steps", StringComparison.OrdinalIgnoreCase))
            {
                steps = ReadSteps(reader, deferred, counts);
            }
            else
            {
                header[name] = reader.ReadValue(out _);
            }
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
            Steps = steps ?? throw new RecipeException(new RecipeError(null, null, null, "steps", "Receptura nie ma listy kroków 'steps'.")),
            BasePath = basePath,
            DeferredData = deferred,
            ItemCount = counts.Values.Sum(),
            Open = open,
        };
    }

    /// <summary>Reads the steps; a Content step's <c>data</c> array is only located (see <see cref="RecipeDescriptor.ReadData"/>).</summary>
    private static JsonArray? ReadSteps(JsonStreamReader reader, Dictionary<int, long> deferred, Dictionary<int, int> counts)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            reader.SkipRest();
            return null;
        }

        var steps = new JsonArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                // Not a step object: kept as it is, for the executor to refuse with the step's number.
                steps.Add(reader.TokenType is JsonTokenType.String ? JsonValue.Create(reader.Text) : JsonValue.Create(reader.TokenType.ToString()));
                reader.SkipRest();
                continue;
            }

            var step = new JsonObject();
            long? data = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.Text!;
                if (name is "data" or "Data")
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        data = reader.TokenStart;
                        counts[steps.Count] = reader.SkipRest();
                        step[name] = new JsonArray();
                        continue;
                    }

                    step[name] = reader.TokenType is JsonTokenType.String ? JsonValue.Create(reader.Text) : null;
                    reader.SkipRest();
                    continue;
                }

                step[name] = reader.ReadValue(out _);
            }

            if (data is { } offset)
            {
                deferred[steps.Count] = offset;
            }

            steps.Add(step);
        }

        return steps;
    }

    private static string Text(JsonObject header, string name) => header.Property(name)?.ToString() ?? "";

    private static List<string> Strings(JsonObject header, string name) =>
        header.Property(name) is JsonArray array ? array.Select(n => n?.ToString() ?? "").ToList() : [];
}
