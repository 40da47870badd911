using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TaxonomyPublishedUtc : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TaxonomyIndex_TermContentItemId_Published",
                table: "TaxonomyIndex");

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedUtc",
                table: "TaxonomyIndex",
                type: "TEXT",
                nullable: true);

            // Rows written before the column existed take their version's publication.
            migrationBuilder.Sql("""
                UPDATE "TaxonomyIndex" SET "PublishedUtc" = (SELECT c."PublishedUtc" FROM "ContentItems" AS c WHERE c."Id" = "TaxonomyIndex"."DocumentId")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyIndex_TermContentItemId_ContentType_Published_PublishedUtc_DocumentId",
                table: "TaxonomyIndex",
                columns: new[] { "TermContentItemId", "ContentType", "Published", "PublishedUtc", "DocumentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TaxonomyIndex_TermContentItemId_ContentType_Published_PublishedUtc_DocumentId",
                table: "TaxonomyIndex");

            migrationBuilder.DropColumn(
                name: "PublishedUtc",
                table: "TaxonomyIndex");

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyIndex_TermContentItemId_Published",
                table: "TaxonomyIndex",
                columns: new[] { "TermContentItemId", "Published" });
        }
    }
}
