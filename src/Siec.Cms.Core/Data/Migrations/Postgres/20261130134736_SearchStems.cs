using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Postgres
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
                DROP TABLE "SearchIndex";
                CREATE TABLE "SearchIndex" (
                    "ContentItemId" varchar(26) PRIMARY KEY,
                    "ContentType" text NOT NULL,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "TitleStems" text NOT NULL,
                    "BodyStems" text NOT NULL,
                    "PublishedUtc" timestamp with time zone NOT NULL,
                    "Search" tsvector GENERATED ALWAYS AS
                        (setweight(to_tsvector('simple', "Title"), 'A') || setweight(to_tsvector('simple', "Body"), 'C')) STORED,
                    "Stems" tsvector GENERATED ALWAYS AS
                        (setweight(to_tsvector('simple', "TitleStems"), 'B') || setweight(to_tsvector('simple', "BodyStems"), 'D')) STORED);
                CREATE INDEX "IX_SearchIndex_Search" ON "SearchIndex" USING GIN ("Search");
                CREATE INDEX "IX_SearchIndex_Stems" ON "SearchIndex" USING GIN ("Stems");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE "SearchIndex";
                CREATE TABLE "SearchIndex" (
                    "ContentItemId" varchar(26) PRIMARY KEY,
                    "ContentType" text NOT NULL,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "Search" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "Title" || ' ' || "Body")) STORED);
                CREATE INDEX "IX_SearchIndex_Search" ON "SearchIndex" USING GIN ("Search");
                """);
        }
    }
}
