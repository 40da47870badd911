using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChildCount",
                table: "ContainedIndex",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedUtc",
                table: "ContainedIndex",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedUtc",
                table: "ContainedIndex",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ListIndex",
                columns: table => new
                {
                    ListContentItemId = table.Column<string>(type: "text", nullable: false),
                    PublishedCount = table.Column<int>(type: "integer", nullable: false),
                    LastActivityUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListIndex", x => x.ListContentItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Published_Type_PublishedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "PublishedUtc" },
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_ContentItemId",
                table: "ContainedIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_ListContentItemId_Latest",
                table: "ContainedIndex",
                columns: new[] { "ListContentItemId", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_Published_List_CreatedUtc",
                table: "ContainedIndex",
                columns: new[] { "ListContentItemId", "CreatedUtc", "DocumentId" },
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_Published_List_Order_Activity",
                table: "ContainedIndex",
                columns: new[] { "ListContentItemId", "Order", "ActivityUtc", "DocumentId" },
                descending: new[] { false, false, true, false },
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_Published_List_PublishedUtc",
                table: "ContainedIndex",
                columns: new[] { "ListContentItemId", "PublishedUtc", "DocumentId" },
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContainedIndex_Published_Type_Activity",
                table: "ContainedIndex",
                columns: new[] { "ContentType", "ActivityUtc" },
                filter: "\"Published\"");

            migrationBuilder.Sql(ListIndexBackfill.Sql());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ListIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Published_Type_PublishedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_ContentItemId",
                table: "ContainedIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_ListContentItemId_Latest",
                table: "ContainedIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_Published_List_CreatedUtc",
                table: "ContainedIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_Published_List_Order_Activity",
                table: "ContainedIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_Published_List_PublishedUtc",
                table: "ContainedIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContainedIndex_Published_Type_Activity",
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
