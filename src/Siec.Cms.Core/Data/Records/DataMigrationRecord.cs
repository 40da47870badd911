namespace Siec.Cms.Core.Data.Records;

/// <summary>The version a module's data migration has reached on this site.</summary>
public sealed class DataMigrationRecord
{
    public string Name { get; set; } = "";

    public int Version { get; set; }
}
