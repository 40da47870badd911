namespace Siec.Cms.Core.DataMigrations;

/// <summary>
/// A module's numbered migration, as Orchard Core's Migrations.cs: <c>CreateAsync()</c> returns the first version,
/// each <c>UpdateFromNAsync()</c> moves from N to the version it returns. Each step runs once per site.
/// </summary>
public abstract class DataMigration
{
    /// <summary>The name the reached version is recorded under; the class's full name unless a module says otherwise.</summary>
    public virtual string Name => GetType().FullName!;
}
