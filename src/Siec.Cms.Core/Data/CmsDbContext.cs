using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Data;

/// <summary>The site's database: content versions, their index tables, documents, migrations and Identity.</summary>
public abstract class CmsDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    public DbSet<AutorouteIndexRecord> AutorouteIndex => Set<AutorouteIndexRecord>();

    public DbSet<ContainedIndexRecord> ContainedIndex => Set<ContainedIndexRecord>();

    public DbSet<ListIndexRecord> ListIndex => Set<ListIndexRecord>();

    public DbSet<TaxonomyIndexRecord> TaxonomyIndex => Set<TaxonomyIndexRecord>();

    public DbSet<DateTimeFieldIndexRecord> DateTimeFieldIndex => Set<DateTimeFieldIndexRecord>();

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<DataMigrationRecord> DataMigrations => Set<DataMigrationRecord>();

    public DbSet<CounterRecord> Counters => Set<CounterRecord>();

    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    public DbSet<ScheduledActionRecord> ScheduledActions => Set<ScheduledActionRecord>();

    public DbSet<OutboxMessageRecord> Outbox => Set<OutboxMessageRecord>();

    public DbSet<FormSubmissionRecord> FormSubmissions => Set<FormSubmissionRecord>();

    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();

    public DbSet<UserContentLinkRecord> UserContentLinks => Set<UserContentLinkRecord>();

    public DbSet<MediaFileRecord> MediaFiles => Set<MediaFileRecord>();

    /// <summary>SQL that limits a unique index to published rows, in the provider's dialect.</summary>
    protected abstract string PublishedFilter { get; }

    /// <summary>
    /// Makes concurrent transactions that read and rewrite the same summary rows (a list's count) take turns until
    /// commit, so each sees what the other wrote. SQLite has one writer at a time already; PostgreSQL takes advisory
    /// locks, in one order, so two transactions never wait for each other in a circle. The locks join the batch, which
    /// then holds them for no longer than its own round trip and the commit.
    /// </summary>
    public virtual void LockUntilCommit(SqlBatch batch, string scope, IEnumerable<string> keys)
    {
    }

    /// <summary>
    /// SQL that reads the ids passed as one argument (<see cref="IdsArgument"/>) as rows, for <c>x IN (…)</c>: one
    /// parameter however many ids, where SQLite would look each of hundreds of parameters up among all the others.
    /// </summary>
    public abstract string IdsFrom(string placeholder);

    public abstract object IdsArgument(IReadOnlyCollection<string> ids);

    /// <summary>
    /// Limits an index to published rows in the very form EF Core writes <c>x.Published</c> in a query on both
    /// databases (the bare column), so that SQLite sees the query's condition matches and sorts on the index.
    /// </summary>
    private const string PublishedRows = "\"Published\"";

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTime>().HaveConversion<UtcConverter>();
        builder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<ContentItemRecord>(e =>
        {
            e.ToTable("ContentItems");
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            e.Property(x => x.ContentType).HasMaxLength(255);
            e.HasIndex(x => x.ContentItemVersionId).IsUnique();
            e.HasIndex(x => new { x.ContentItemId, x.Latest, x.Published });
            e.HasIndex(x => new { x.ContentType, x.Published, x.Latest });
            e.HasIndex(x => new { x.ContentType, x.PublishedUtc }).HasFilter(PublishedRows).HasDatabaseName("IX_ContentItems_Published_Type_PublishedUtc");
            e.HasIndex(x => new { x.Owner, x.ContentType });
            e.HasIndex(x => x.PublishedUtc);
            e.HasIndex(x => x.ModifiedUtc);
        });
        builder.Entity<MediaFileRecord>(e =>
        {
            e.ToTable("MediaFiles");
            e.HasKey(x => x.Path);
        });
        builder.Entity<MediaContentRecord>(e =>
        {
            e.ToTable("MediaContents");
            e.HasKey(x => x.Path);
        });
        builder.Entity<AutorouteIndexRecord>(e =>
        {
            e.ToTable("AutorouteIndex");
            e.HasIndex(x => x.DocumentId);
            e.HasIndex(x => x.Path).IsUnique().HasFilter(PublishedFilter).HasDatabaseName("IX_AutorouteIndex_PublishedPath");
            e.HasIndex(x => new { x.ContentItemId, x.Latest });
        });
        builder.Entity<ContainedIndexRecord>(e =>
        {
            e.ToTable("ContainedIndex");
            e.HasIndex(x => x.DocumentId);
            e.HasIndex(x => x.ContentItemId);
            // One index of published rows per way a page reads a list: by order then activity (a forum category, pinned
            // first), newest published first (a blog), oldest first (a topic's replies), the latest activity of a type.
            e.HasIndex(x => new { x.ListContentItemId, x.Order, x.ActivityUtc, x.DocumentId }).IsDescending(false, false, true, false)
                .HasFilter(PublishedRows).HasDatabaseName("IX_ContainedIndex_Published_List_Order_Activity");
            e.HasIndex(x => new { x.ListContentItemId, x.PublishedUtc, x.DocumentId }).HasFilter(PublishedRows).HasDatabaseName("IX_ContainedIndex_Published_List_PublishedUtc");
            e.HasIndex(x => new { x.ListContentItemId, x.CreatedUtc, x.DocumentId }).HasFilter(PublishedRows).HasDatabaseName("IX_ContainedIndex_Published_List_CreatedUtc");
            e.HasIndex(x => new { x.ContentType, x.ActivityUtc }).HasFilter(PublishedRows).HasDatabaseName("IX_ContainedIndex_Published_Type_Activity");
            e.HasIndex(x => new { x.ListContentItemId, x.Latest });
        });
        builder.Entity<ListIndexRecord>(e =>
        {
            e.ToTable("ListIndex");
            e.HasKey(x => x.ListContentItemId);
        });
        builder.Entity<TaxonomyIndexRecord>(e =>
        {
            e.ToTable("TaxonomyIndex");
            e.HasIndex(x => x.DocumentId);
            e.HasIndex(x => new { x.TermContentItemId, x.ContentType, x.Published, x.PublishedUtc, x.DocumentId });
        });
        builder.Entity<DateTimeFieldIndexRecord>(e =>
        {
            e.ToTable("DateTimeFieldIndex");
            e.HasIndex(x => x.DocumentId);
            e.HasIndex(x => x.ContentItemId);
            e.HasIndex(x => new { x.ContentType, x.ContentPart, x.ContentField, x.Published, x.DateTime });
        });
        builder.Entity<DocumentRecord>(e =>
        {
            e.ToTable("Documents");
            e.HasKey(x => x.Key);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<AuditEventRecord>(e =>
        {
            e.ToTable("AuditEvents");
            e.HasIndex(x => x.Utc);
            e.HasIndex(x => x.ContentItemId);
            e.HasIndex(x => x.UserName);
            // The review queue looks up the few "submitted" events, not the whole trail.
            e.HasIndex(x => new { x.Action, x.ContentItemId });
        });
        builder.Entity<ScheduledActionRecord>(e =>
        {
            e.ToTable("ScheduledActions");
            e.HasIndex(x => x.DueUtc);
            e.HasIndex(x => x.ContentItemId);
        });
        builder.Entity<OutboxMessageRecord>(e =>
        {
            e.ToTable("Outbox");
            e.Property(x => x.Cause).HasMaxLength(200);
            e.HasIndex(x => x.Cause).IsUnique();
            e.HasIndex(x => new { x.SentUtc, x.NextAttemptUtc });
            e.HasIndex(x => x.Reference);
            e.HasIndex(x => x.To);
        });
        builder.Entity<FormSubmissionRecord>(e =>
        {
            e.ToTable("FormSubmissions");
            e.Property(x => x.Id).HasMaxLength(26);
            e.HasIndex(x => new { x.FormContentItemId, x.CreatedUtc });
            e.HasIndex(x => new { x.Status, x.DecidedUtc });
            e.HasIndex(x => x.Email);
        });
        builder.Entity<ConsentRecord>(e =>
        {
            e.ToTable("Consents");
            e.HasIndex(x => x.SubmissionId);
            e.HasIndex(x => x.UserId);
        });
        builder.Entity<UserContentLinkRecord>(e =>
        {
            e.ToTable("UserContentLinks");
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.Token).HasMaxLength(64);
            e.HasIndex(x => new { x.Kind, x.UserId, x.ContentItemId }).IsUnique();
            e.HasIndex(x => new { x.Kind, x.ContentItemId, x.Utc });
            e.HasIndex(x => x.Token).IsUnique();
        });
        builder.Entity<CounterRecord>(e =>
        {
            e.ToTable("Counters");
            e.HasKey(x => x.Key);
        });
        builder.Entity<DataMigrationRecord>(e =>
        {
            e.ToTable("DataMigrations");
            e.HasKey(x => x.Name);
        });
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? v.Value.ToUniversalTime() : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
