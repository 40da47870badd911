using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Participation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "AuditEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "UserContentLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true),
                    Utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserContentLinks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UserContentLinks_Kind_ContentItemId_Utc",
                table: "UserContentLinks",
                columns: new[] { "Kind", "ContentItemId", "Utc" });

            migrationBuilder.CreateIndex(
                name: "IX_UserContentLinks_Kind_UserId_ContentItemId",
                table: "UserContentLinks",
                columns: new[] { "Kind", "UserId", "ContentItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserContentLinks_Token",
                table: "UserContentLinks",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UserContentLinks");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "AuditEvents");
        }
    }
}
