using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", nullable: false),
                    DateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "IX_DateTimeFieldIndex_ContentType_ContentPart_ContentField_Published_DateTime",
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
