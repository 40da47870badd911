using System.Text.Json;
using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Metadata;

/// <summary>Reads and merges settings objects, which Orchard keys by the settings class name.</summary>
public static class SettingsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
    };

    public static T Read<T>(JsonObject settings) where T : new() =>
        settings[typeof(T).Name] is JsonObject node ? node.Deserialize<T>(Options) ?? new T() : new T();

    public static void Write<T>(JsonObject settings, T value) =>
        settings[typeof(T).Name] = JsonSerializer.SerializeToNode(value, new JsonSerializerOptions
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        });

    /// <summary>Deep-merges <paramref name="source"/> into <paramref name="target"/>, as Orchard's ContentDefinition step does.</summary>
    public static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject sourceObject && target[key] is JsonObject targetObject)
            {
                Merge(targetObject, sourceObject);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
