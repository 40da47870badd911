using System.Net;
using System.Text.RegularExpressions;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>HTML forms as a browser posts them: every input, text area and chosen option of the page, then the test's own values.</summary>
public static partial class HtmlForms
{
    /// <summary>Opens the form at <paramref name="url"/> as a browser would and returns what it would post: inputs, text areas, chosen options.</summary>
    public static async Task<Dictionary<string, string>> FormAsync(HttpClient client, string url) => FormFields(await client.GetStringAsync(url));

    /// <summary>What a browser would post from the form in <paramref name="html"/>.</summary>
    public static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in Input().Matches(html))
        {
            var name = Attribute("name").Match(input.Value).Groups[1].Value;
            if (name.Length > 0 && !input.Value.Contains("type=\"checkbox\"") && !input.Value.Contains("type=\"password\""))
            {
                fields.TryAdd(WebUtility.HtmlDecode(name), WebUtility.HtmlDecode(Attribute("value").Match(input.Value).Groups[1].Value));
            }
        }

        foreach (Match area in TextArea().Matches(html))
        {
            fields[WebUtility.HtmlDecode(area.Groups[1].Value)] = WebUtility.HtmlDecode(area.Groups[2].Value);
        }

        foreach (Match select in Select().Matches(html))
        {
            var chosen = SelectedOption().Match(select.Groups[2].Value);
            fields[WebUtility.HtmlDecode(select.Groups[1].Value)] = WebUtility.HtmlDecode(chosen.Success ? chosen.Groups[1].Value : "");
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? action = null) =>
        await PostAsync(client, action ?? url, await FormAsync(client, url), fields);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> hidden, Dictionary<string, string> fields)
    {
        foreach (var (key, value) in fields)
        {
            hidden[key] = value;
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(hidden));
    }

    /// <summary>A multipart form as a browser sends it with one file chosen.</summary>
    public static MultipartFormDataContent Multipart(Dictionary<string, string> fields, string fileField, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        form.Add(new ByteArrayContent(content), fileField, fileName);
        return form;
    }

    private static Regex Attribute(string name) => new($"\\b{name}=\"([^\"]*)\"");

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextArea();

    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option value=\"([^\"]*)\"\\s+selected")]
    private static partial Regex SelectedOption();
}
