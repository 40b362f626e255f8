using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Declarations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedDeclarations",
                table: "verifications",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EncryptedDeclarations",
                table: "verifications");
        }
    }
}
