using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Siec.Cms.Core.Tenancy;
using Npgsql;
using NpgsqlTypes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Media;

/// <summary>
/// Media in PostgreSQL, which every node of the site reads: records in <c>MediaFiles</c>, bytes in
/// <c>MediaContents</c> (bytea), written from and read into streams so a file never sits in memory whole. A write
/// joins the transaction in progress, so a recipe's files commit or roll back with its content.
/// </summary>
public sealed class DatabaseMediaBlobs(CmsDbContext db, CurrentTenant tenant, IClock clock) : IMediaBlobs
{
    public async Task<MediaFile?> FindAsync(string path) =>
        await db.MediaFiles.AsNoTracking().Where(r => r.Path == path).Select(r => new MediaFile(r.Path, r.Length, r.ModifiedUtc)).FirstOrDefaultAsync();

    public async Task<Stream> OpenReadAsync(MediaFile file)
    {
        // A connection of its own: the response streams from it while the request's context may still be used.
        var connection = new NpgsqlConnection(tenant.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Content" FROM "MediaContents" WHERE "Path" = @path""", connection);
        command.Parameters.AddWithValue("path", file.Path);
        var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.CloseConnection);
        if (!await reader.ReadAsync())
        {
            await reader.DisposeAsync();
            throw new FileNotFoundException($"Plik '{file.Path}' zniknął z biblioteki mediów.");
        }

        return new ReaderStream(reader.GetStream(0), reader);
    }

    public async Task WriteAsync(string path, Stream content)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO "MediaContents" ("Path", "Content") VALUES (@path, @content)
                ON CONFLICT ("Path") DO UPDATE SET "Content" = excluded."Content";
                INSERT INTO "MediaFiles" ("Path", "Length", "ModifiedUtc")
                SELECT "Path", octet_length("Content"), @modified FROM "MediaContents" WHERE "Path" = @path
                ON CONFLICT ("Path") DO UPDATE SET "Length" = excluded."Length", "ModifiedUtc" = excluded."ModifiedUtc";
                """, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
            command.Parameters.AddWithValue("path", path);
            command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = content });
            command.Parameters.AddWithValue("modified", clock.UtcNow);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task DeleteAsync(string path)
    {
        await db.MediaFiles.Where(r => r.Path == path).ExecuteDeleteAsync();
        await db.Set<Data.Records.MediaContentRecord>().Where(r => r.Path == path).ExecuteDeleteAsync();
    }

    public async Task<(IReadOnlyList<string> Folders, IReadOnlyList<MediaFile> Files)> ListAsync(string folder)
    {
        var prefix = Prefix(folder);
        var rows = await db.MediaFiles.AsNoTracking().Where(r => r.Path.StartsWith(prefix))
            .Select(r => new MediaFile(r.Path, r.Length, r.ModifiedUtc)).ToListAsync();
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        var files = new List<MediaFile>();
        foreach (var row in rows)
        {
            var rest = row.Path[prefix.Length..];
            var slash = rest.IndexOf('/');
            if (slash > 0)
            {
                folders.Add(prefix + rest[..slash]);
            }
            else if (slash < 0)
            {
                files.Add(row);
            }
        }

        return (folders.ToList(), files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList());
    }

    public async Task<IReadOnlyList<string>> AllPathsAsync(string folder, int limit)
    {
        var prefix = Prefix(folder);
        var paths = await db.MediaFiles.AsNoTracking().Where(r => r.Path.StartsWith(prefix) && !r.Path.EndsWith("/"))
            .OrderBy(r => r.Path).Select(r => r.Path).Take(limit).ToListAsync();
        return paths.Order(StringComparer.Ordinal).ToList();
    }

    public async Task CreateFolderAsync(string folder)
    {
        var marker = Prefix(folder);
        if (!await db.MediaFiles.AnyAsync(r => r.Path == marker))
        {
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "MediaFiles" ("Path", "Length", "ModifiedUtc") VALUES ({marker}, 0, {clock.UtcNow}) ON CONFLICT DO NOTHING""");
        }
    }

    private static string Prefix(string folder) => folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";

    /// <summary>The column's stream, which closes the reader (and with it the connection) when the response is done with it.</summary>
    private sealed class ReaderStream(Stream inner, NpgsqlDataReader reader) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                reader.Dispose();
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await reader.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}
