using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Http;

namespace Siec.Cms.Core.Forms;

/// <summary>
/// The model the theme's form template gets: each element with its value and error, the antiforgery token, and
/// whether the form was just sent. A page holding a token is never output-cached: the token is the reader's own.
/// </summary>
public sealed class FormView(IAntiforgery antiforgery)
{
    public Dictionary<string, object?> Model(HttpContext http, FormDefinition form, FormValidator.Result? posted = null, string? refusal = null)
    {
        var tokens = form.EnableAntiForgeryToken ? http.PrivateTokens(antiforgery) : null;
        var errors = posted?.Errors ?? new Dictionary<string, string>();
        var elements = form.Elements.Select(e => Element(e, posted, errors)).ToList();
        return new Dictionary<string, object?>
        {
            ["Action"] = http.Request.Path.Value,
            ["TokenName"] = tokens?.FormFieldName,
            ["Token"] = tokens?.RequestToken,
            ["Elements"] = elements,
            ["Errors"] = form.Inputs.Where(i => errors.ContainsKey(i.Name))
                .Select(i => new Dictionary<string, object?> { ["Id"] = i.Id, ["Message"] = errors[i.Name] }).ToList(),
            ["Refusal"] = refusal,
            ["Sent"] = posted is null && refusal is null && http.Request.Query.ContainsKey(FormEndpoints.SentQuery),
        };
    }

    private static Dictionary<string, object?> Element(FormElement e, FormValidator.Result? posted, IReadOnlyDictionary<string, string> errors)
    {
        var value = posted?.Values.FirstOrDefault(v => v.Name == e.Name)?.Value ?? (e.IsCheckbox ? "" : e.DefaultValue);
        var chosen = value.Split(", ");
        return new Dictionary<string, object?>
        {
            ["Kind"] = e.Kind,
            ["Id"] = e.Id,
            ["Name"] = e.Name,
            ["Label"] = e.Label,
            ["LabelOption"] = e.LabelOption,
            ["Type"] = e.Type,
            ["Value"] = value,
            ["Checked"] = e.IsCheckbox && value.Length > 0,
            ["Placeholder"] = e.Placeholder,
            ["Required"] = e.Required,
            ["MaxLength"] = e.MaxLength,
            ["Editor"] = e.Editor,
            ["Text"] = e.Text,
            ["Html"] = e.Html,
            ["For"] = e.For,
            ["Error"] = errors.GetValueOrDefault(e.Kind == "Validation" ? e.For : e.Name),
            ["Options"] = e.Options.Select(o => new Dictionary<string, object?>
            {
                ["Text"] = o.Text,
                ["Value"] = o.Value,
                ["Selected"] = chosen.Contains(o.Value),
            }).ToList(),
        };
    }
}
