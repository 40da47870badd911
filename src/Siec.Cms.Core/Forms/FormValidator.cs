using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Siec.Cms.Core.Forms;

/// <summary>Checks posted values against a form's inputs, with a Polish message per field; values are kept as text.</summary>
public static partial class FormValidator
{
    public sealed record Result(IReadOnlyList<FormValue> Values, IReadOnlyDictionary<string, string> Errors, bool SpamTrapped);

    public static Result Validate(FormDefinition form, IFormCollection posted)
    {
        var values = new List<FormValue>();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var trapped = form.Elements.Where(e => e.Kind == "SpamTrap").Any(e => !string.IsNullOrEmpty(posted[e.Name].ToString()));
        foreach (var input in form.Inputs)
        {
            var raw = posted[input.Name];
            var value = input.IsCheckbox
                ? raw.Count > 0 && !string.IsNullOrEmpty(raw[0]) ? "tak" : ""
                : Clean(string.Join(", ", raw.Where(v => !string.IsNullOrWhiteSpace(v))));
            if (Check(input, value, raw) is { } error)
            {
                errors[input.Name] = error;
            }

            values.Add(new FormValue(input.Name, input.Label, value));
        }

        return new Result(values, errors, trapped);
    }

    private static string? Check(FormElement input, string value, Microsoft.Extensions.Primitives.StringValues raw)
    {
        if (value.Length == 0)
        {
            return !input.Required ? null
                : input.IsCheckbox ? $"Zaznacz pole „{input.Label}”, aby wysłać formularz."
                : input.Kind == "Select" ? $"Wybierz wartość w polu „{input.Label}”."
                : $"Pole „{input.Label}” jest wymagane.";
        }

        if (value.Length > input.MaxLength)
        {
            return $"Pole „{input.Label}” może mieć najwyżej {input.MaxLength} znaków (wpisano {value.Length}).";
        }

        if (input.Kind == "Input" && input.Type == "email" && !Email().IsMatch(value))
        {
            return $"Pole „{input.Label}”: to nie jest poprawny adres e-mail (np. jan.kowalski@biblioteka.edu.pl).";
        }

        if (input.Kind == "Select" && raw.Any(v => !string.IsNullOrWhiteSpace(v) && input.Options.All(o => o.Value != v)))
        {
            return $"Pole „{input.Label}”: wybierz jedną z podanych wartości.";
        }

        return null;
    }

    /// <summary>Line ends made uniform, control characters dropped, outer white space trimmed.</summary>
    private static string Clean(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                text.Append(c);
            }
        }

        return text.ToString().Trim();
    }

    [GeneratedRegex(@"^[^@\s<>()\[\],;:""]+@[^@\s<>()\[\],;:""]+\.[^@\s<>()\[\],;:""]{2,}$")]
    private static partial Regex Email();
}
