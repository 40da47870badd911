using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OwnerTypeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Owner",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Owner_ContentType",
                table: "ContentItems",
                columns: new[] { "Owner", "ContentType" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Owner_ContentType",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Owner",
                table: "ContentItems",
                column: "Owner");
        }
    }
}
