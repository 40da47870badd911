namespace Siec.Cms.Core.Data.Records;

/// <summary>A number that only grows, such as a material's downloads, kept apart from the item so counting makes no version.</summary>
public sealed class CounterRecord
{
    public string Key { get; set; } = "";

    public long Value { get; set; }
}
