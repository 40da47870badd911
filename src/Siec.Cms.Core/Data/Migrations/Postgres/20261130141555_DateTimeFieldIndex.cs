using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DateTimeFieldIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DateTimeFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    ContentItemId = table.Column<string>(type: "text", nullable: false),
                    ContentType = table.Column<string>(type: "text", nullable: false),
                    ContentPart = table.Column<string>(type: "text", nullable: false),
                    ContentField = table.Column<string>(type: "text", nullable: false),
                    DateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Latest = table.Column<bool>(type: "boolean", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DateTimeFieldIndex", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_ContentItemId",
                table: "DateTimeFieldIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_ContentType_ContentPart_ContentField_Pub~",
                table: "DateTimeFieldIndex",
                columns: new[] { "ContentType", "ContentPart", "ContentField", "Published", "DateTime" });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_DocumentId",
                table: "DateTimeFieldIndex",
                column: "DocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DateTimeFieldIndex");
        }
    }
}
