using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReasonCodeAndLongerIdempotencyKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReasonCode",
                table: "source_checks",
                type: "TEXT",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReasonCode",
                table: "source_checks");
        }
    }
}
