using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_ListContentItemId_Published_Order",
                table: "ContainedIndex");

            migrationBuilder.AddColumn<DateTime>(
                name: "ActivityUtc",
                table: "ContainedIndex",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChildCount",
                table: "ContainedIndex",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedUtc",
                table: "ContainedIndex",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedUtc",
                table: "ContainedIndex",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ListIndex",
                columns: table => new
                {
                    ListContentItemId = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastActivityUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListIndex", x => x.ListContentItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_ContentItemId",
                table: "ContainedIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_ContentType_Published_ActivityUtc",
                table: "ContainedIndex",
                columns: new[] { "ContentType", "Published", "ActivityUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_ListContentItemId_Published_CreatedUtc_DocumentId",
                table: "ContainedIndex",
                columns: new[] { "ListContentItemId", "Published", "CreatedUtc", "DocumentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_ListContentItemId_Published_Order_ActivityUtc_DocumentId",
                table: "ContainedIndex",
                columns: new[] { "ListContentItemId", "Published", "Order", "ActivityUtc", "DocumentId" },
                descending: new[] { false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_ListContentItemId_Published_PublishedUtc_DocumentId",
                table: "ContainedIndex",
                columns: new[] { "ListContentItemId", "Published", "PublishedUtc", "DocumentId" });

            migrationBuilder.Sql(ListIndexBackfill.Sql());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ListIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_ContentItemId",
                table: "ContainedIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_ContentType_Published_ActivityUtc",
                table: "ContainedIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_ListContentItemId_Published_CreatedUtc_DocumentId",
                table: "ContainedIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_ListContentItemId_Published_Order_ActivityUtc_DocumentId",
                table: "ContainedIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_ListContentItemId_Published_PublishedUtc_DocumentId",
                table: "ContainedIndex");

            migrationBuilder.DropColumn(
                name: "ActivityUtc",
                table: "ContainedIndex");

            migrationBuilder.DropColumn(
                name: "ChildCount",
                table: "ContainedIndex");

            migrationBuilder.DropColumn(
                name: "CreatedUtc",
                table: "ContainedIndex");

            migrationBuilder.DropColumn(
                name: "PublishedUtc",
                table: "ContainedIndex");

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_ListContentItemId_Published_Order",
                table: "ContainedIndex",
                columns: new[] { "ListContentItemId", "Published", "Order" });
        }
    }
}
