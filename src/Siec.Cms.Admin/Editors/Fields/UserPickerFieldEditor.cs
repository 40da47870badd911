using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A UserPickerField: a choice among the site's accounts (by user name).</summary>
public sealed class UserPickerFieldEditor(UserManager<IdentityUser> users) : IFieldEditor
{
    public string FieldType => "UserPickerField";

    public async Task<EditorField> BuildAsync(FieldEditorContext context)
    {
        var selected = context.Value?["UserIds"]?.AsArray().Select(v => v?.GetValue<string>()).ToHashSet() ?? [];
        var accounts = await users.Users.AsNoTracking().OrderBy(u => u.UserName).Take(1000).ToListAsync();
        return new EditorField(context.Property, context.Label, "users", "", context.Required)
        {
            Template = "Picker",
            Multiple = context.Settings("UserPickerFieldSettings")?["Multiple"]?.GetValue<bool>() == true,
            Options = accounts.Select(u => (u.Id, u.UserName ?? u.Id, selected.Contains(u.Id))).ToList(),
        };
    }

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        if (Picked.From(field, context) is { } chosen)
        {
            context.Set(field, new JsonObject
            {
                ["UserIds"] = new JsonArray(chosen.Select(v => (JsonNode)v).ToArray()),
                ["UserNames"] = new JsonArray(chosen.Select(v => (JsonNode)field.Options.First(o => o.Value == v).Label).ToArray()),
            });
        }

        return Task.CompletedTask;
    }
}
