namespace Siec.Cms.Core.Forms;

/// <summary>One submitted value with the label it was asked under, as stored and exported.</summary>
public sealed record FormValue(string Name, string Label, string Value);
