using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchStems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The index gains the words' dictionary forms, which only the app can compute: it is recreated empty and
            // SearchIndexRebuild fills it from the published items on the next start.
            migrationBuilder.Sql("""
                DROP TABLE SearchIndex;
                CREATE VIRTUAL TABLE SearchIndex USING fts5(ContentItemId UNINDEXED, ContentType UNINDEXED, Title, Body, TitleStems, BodyStems,
                    PublishedUtc UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE SearchIndex;
                CREATE VIRTUAL TABLE SearchIndex USING fts5(ContentItemId UNINDEXED, ContentType UNINDEXED, Title, Body, tokenize = 'unicode61 remove_diacritics 2');
                """);
        }
    }
}
