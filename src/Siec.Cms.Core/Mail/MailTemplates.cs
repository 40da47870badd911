using System.Text.Encodings.Web;
using Fluid;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Core.Mail;

/// <summary>
/// Renders an e-mail from the theme's <c>Views/Mail/{name}.liquid</c>, which captures <c>Subject</c>, <c>Text</c> and
/// <c>Html</c>; a network changes the wording by editing the file. Subject and text are rendered unescaped, HTML escaped.
/// </summary>
public sealed class MailTemplates(LiquidTemplates templates, DocumentStore documents)
{
    public async Task<MailMessage> RenderAsync(string name, string to, IDictionary<string, object?> model)
    {
        var plain = await CaptureAsync(name, model, NullEncoder.Default);
        var html = await CaptureAsync(name, model, ContentDisplay.Encoder);
        return new MailMessage(to, plain.GetValueOrDefault("Subject", "").Trim(), plain.GetValueOrDefault("Text", "").Trim(), html.GetValueOrDefault("Html", "").Trim());
    }

    private async Task<Dictionary<string, string>> CaptureAsync(string name, IDictionary<string, object?> model, TextEncoder encoder)
    {
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
        var context = new TemplateContext(templates.Options);
        context.SetValue("Site", new Dictionary<string, object?> { ["SiteName"] = settings.SiteName, ["Properties"] = LiquidModel.Convert(settings.Properties) });
        context.SetValue("Model", model);
        var captured = new Dictionary<string, string>();
        context.Captured = (variable, value, _) =>
        {
            captured[variable] = value.ToStringValue();
            return ValueTask.FromResult(value);
        };
        await templates.Get("Mail/" + name).RenderAsync(context, encoder);
        return captured;
    }
}
