using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siec.Cms.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListUnsubscribe : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ListUnsubscribe",
                table: "Outbox",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ListUnsubscribe",
                table: "Outbox");
        }
    }
}
