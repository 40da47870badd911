using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditActionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Action_ContentItemId",
                table: "AuditEvents",
                columns: new[] { "Action", "ContentItemId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_Action_ContentItemId",
                table: "AuditEvents");
        }
    }
}
