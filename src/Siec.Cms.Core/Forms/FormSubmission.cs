using System.Text.Json;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Forms;

/// <summary>A stored submission with its values read back.</summary>
public sealed class FormSubmission(FormSubmissionRecord record)
{
    public FormSubmissionRecord Record { get; } = record;

    public IReadOnlyList<FormValue> Values { get; } = JsonSerializer.Deserialize<List<FormValue>>(record.Values) ?? [];

    public string Value(string name) => Values.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase))?.Value ?? "";
}
