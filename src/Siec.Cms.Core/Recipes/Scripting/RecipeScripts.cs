using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jint;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Core.Recipes.Scripting;

/// <summary>
/// Evaluates Orchard recipe expressions: a string that is wholly <c>[js: ...]</c> runs in Jint, <c>[file: ...]</c> reads
/// files beside the recipe. Variables are evaluated on first use and reused for the rest of the run.
/// </summary>
public sealed partial class RecipeScripts
{
    /// <summary>What <c>tenantname()</c> answers: Orchard's name for the one site of an installation.</summary>
    public const string TenantName = "Default";

    private readonly RecipeDescriptor _recipe;
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly IConfiguration _configuration;
    private readonly RecipeOptions _options;
    private readonly RecipeResult _result;
    private readonly ILogger _logger;
    /// <summary>The configuration section <c>configuration('Key')</c> reads in recipes (<c>Cms:Recipes:Configuration:Key</c>).</summary>
    public const string ConfigurationSection = "Cms:Recipes:Configuration";

    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);
    // Made on first use: most items of a large recipe have no expression, and an engine takes a while to build.
    private readonly Lazy<Engine> _js;
    private readonly Lazy<Engine> _file;

    public RecipeScripts(RecipeDescriptor recipe, RecipeOptions options, RecipeResult result, IConfiguration configuration, ILogger logger)
    {
        _recipe = recipe;
        _parameters = options.Parameters;
        _options = options;
        _result = result;
        _configuration = configuration;
        _logger = logger;
        _js = new Lazy<Engine>(() =>
        {
            var js = Sandboxed();
            js.SetValue("uuid", new Func<string>(IdGenerator.NewId));
            js.SetValue("variables", new Func<string, string>(Variable));
            js.SetValue("parameters", new Func<string, string>(Parameter));
            // Only the section meant for recipes: a recipe must not read the site's secrets (mail password, connection string).
            js.SetValue("configuration", new Func<string, string?, string?>((key, fallback) => _configuration.GetSection(ConfigurationSection)[key] ?? fallback));
            js.SetValue("base64", new Func<string, string>(s => Encoding.UTF8.GetString(Convert.FromBase64String(s))));
            js.SetValue("html", new Func<string, string>(WebUtility.HtmlDecode));
            js.SetValue("gzip", new Func<string, string>(Gunzip));
            js.SetValue("log", new Action<string, string, object?>(Log));
            js.SetValue("tenantname", new Func<string>(() => TenantName));
            // The one site has no URL prefix, so a path stays as it is.
            js.SetValue("getUrlPrefix", new Func<string, string>(path => path));
            foreach (var (function, module) in OrchardScriptFunctions.Unsupported)
            {
                // A native function takes any arguments, so the call fails here and not on converting them.
                js.SetValue(function, new Jint.Runtime.Interop.ClrFunction(js, function, (_, _) => throw new UnsupportedScriptFunctionException(function, module)));
            }

            return js;
        });
        _file = new Lazy<Engine>(() =>
        {
            var file = Sandboxed();
            file.SetValue("text", new Func<string, string>(path => File.ReadAllText(ResolveFile(path))));
            file.SetValue("base64", new Func<string, string>(path => Convert.ToBase64String(File.ReadAllBytes(ResolveFile(path)))));
            return file;
        });
    }

    /// <summary>
    /// Replaces the expressions of a node nobody else holds (an item just read from the recipe) by their values: the
    /// node itself when it has none, as most items of a large recipe, so they are not copied.
    /// </summary>
    public JsonNode? EvaluateOwned(JsonNode? node, string path) => HasExpression(node) ? Evaluate(node, path) : node;

    private static bool HasExpression(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => HasExpression(p.Value)),
        JsonArray array => array.Any(HasExpression),
        JsonValue value => value.GetValueKind() == System.Text.Json.JsonValueKind.String && IsExpression(value.GetValue<string>()),
        _ => false,
    };

    private static bool IsExpression(string text) => text is { Length: > 2 } && text[0] == '[' && text[^1] == ']' && ExpressionPattern().IsMatch(text);

    /// <summary>Returns a copy of <paramref name="node"/> with every expression replaced by its value.</summary>
    public JsonNode? Evaluate(JsonNode? node, string path = "") => Evaluate(node, new List<object> { path });

    /// <summary>
    /// Walks the node keeping the path as a list of keys and indexes: an import has millions of values, and only an
    /// expression (to name it in an error) needs its path as text.
    /// </summary>
    private JsonNode? Evaluate(JsonNode? node, List<object> path)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    path.Add(key);
                    copy[key] = Evaluate(value, path);
                    path.RemoveAt(path.Count - 1);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                for (var i = 0; i < array.Count; i++)
                {
                    path.Add(i);
                    items.Add(Evaluate(array[i], path));
                    path.RemoveAt(path.Count - 1);
                }

                return items;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String && value.GetValue<string>() is var text && IsExpression(text):
                return JsonValue.Create(EvaluateText(text, PathText(path)));
            default:
                return node?.DeepClone();
        }
    }

    private static string PathText(List<object> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            _ = segment is int index ? text.Append('[').Append(index).Append(']')
                : text.Append(text.Length > 0 ? "." : "").Append(segment);
        }

        return text.ToString();
    }

    private string EvaluateText(string text, string path)
    {
        while (ExpressionPattern().Match(text) is { Success: true } match)
        {
            var scope = match.Groups["scope"].Value;
            var script = match.Groups["script"].Value;
            try
            {
                var result = scope switch
                {
                    "js" => _js.Value.Evaluate(script),
                    "file" => _file.Value.Evaluate(script),
                    _ => throw new RecipeStepException($"Nieznany rodzaj wyrażenia '{scope}' w '{text}'.", property: path),
                };
                text = result.IsNull() || result.IsUndefined() ? "" : result.ToString();
            }
            catch (Exception e) when (Unwrap(e) is UnsupportedScriptFunctionException unsupported)
            {
                if (!_options.SkipUnsupported)
                {
                    throw new RecipeStepException($"{unsupported.Message} Opcja --skip-unsupported zostawi tę wartość pustą i wypisze ją.", property: path);
                }

                _result.Warnings.Add($"{path}: {unsupported.Message} Wartość pozostawiono pustą.");
                return "";
            }
            catch (RecipeStepException e) when (e.Property is null)
            {
                throw new RecipeStepException(e.Message, property: path);
            }
            catch (Exception e) when (e is not RecipeStepException)
            {
                throw new RecipeStepException($"Wyrażenie '{text}' nie dało się obliczyć: {Unwrap(e).Message}", property: path);
            }
        }

        return text;
    }

    private string Variable(string name)
    {
        if (_variables.TryGetValue(name, out var value))
        {
            return value;
        }

        if (!_recipe.Variables.TryGetPropertyValue(name, out var expression) || expression is null)
        {
            throw new RecipeStepException($"Zmienna '{name}' nie jest zdefiniowana w sekcji 'variables' receptury.");
        }

        if (!_evaluating.Add(name))
        {
            throw new RecipeStepException($"Zmienna '{name}' odwołuje się sama do siebie.");
        }

        value = EvaluateText(expression.ToString(), $"variables.{name}");
        _evaluating.Remove(name);
        _variables[name] = value;
        return value;
    }

    /// <summary>Orchard's <c>log(level, text, param)</c>: the text to the site's log, at the level named (Information if unknown).</summary>
    private void Log(string level, string text, object? param)
    {
        var logLevel = Enum.TryParse<LogLevel>(level, ignoreCase: true, out var parsed) ? parsed : LogLevel.Information;
        _logger.Log(logLevel, "Receptura {Recipe}: {Text} {Param}", _recipe.Name, text, param);
    }

    private string Parameter(string name) =>
        _parameters.TryGetValue(name, out var value)
            ? value
            : throw new RecipeStepException($"Parametr '{name}' nie jest dostępny (znane: {string.Join(", ", _parameters.Keys)}).");

    private string ResolveFile(string relative) => RecipeFiles.Resolve(_recipe, relative);

    /// <summary>A script engine that cannot run long, recurse deep or take much memory: recipes may come from anyone with Import.</summary>
    private static Engine Sandboxed() => new(o => o
        .TimeoutInterval(TimeSpan.FromSeconds(2))
        .MaxStatements(100_000)
        .LimitRecursion(64)
        .LimitMemory(32 * 1024 * 1024));

    private static string Gunzip(string base64)
    {
        using var input = new GZipStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return Convert.ToBase64String(output.ToArray());
    }

    private static Exception Unwrap(Exception e) => e.InnerException is { } inner && e is not RecipeStepException ? Unwrap(inner) : e;

    [GeneratedRegex(@"^\[(?<scope>[A-Za-z]+):(?<script>.+)\]$", RegexOptions.Singleline)]
    private static partial Regex ExpressionPattern();
}
