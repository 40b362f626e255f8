using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EncryptPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Clear columns are dropped, not converted: DatabaseMigrator refuses this migration while verifications exist,
            // because SQL has no key to encrypt them with.
            migrationBuilder.DropColumn(
                name: "ReportJson",
                table: "verifications");

            migrationBuilder.DropColumn(
                name: "ReportJws",
                table: "verifications");

            migrationBuilder.DropColumn(
                name: "IdNumber",
                table: "verification_members");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "verification_members");

            migrationBuilder.DropColumn(
                name: "RecordsJson",
                table: "source_checks");

            migrationBuilder.DropColumn(
                name: "Body",
                table: "outbox_messages");

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedReport",
                table: "verifications",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedReportJws",
                table: "verifications",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedIdNumber",
                table: "verification_members",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedName",
                table: "verification_members",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<string>(
                name: "IdNumberIndex",
                table: "verification_members",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedRecords",
                table: "source_checks",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedBody",
                table: "outbox_messages",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.CreateTable(
                name: "data_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MasterKeyId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_keys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_verification_members_IdNumberIndex",
                table: "verification_members",
                column: "IdNumberIndex");

            migrationBuilder.CreateIndex(
                name: "IX_data_keys_Purpose",
                table: "data_keys",
                column: "Purpose",
                unique: true,
                filter: "\"Purpose\" = 'index'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_keys");

            migrationBuilder.DropIndex(
                name: "IX_verification_members_IdNumberIndex",
                table: "verification_members");

            migrationBuilder.DropColumn(
                name: "EncryptedReport",
                table: "verifications");

            migrationBuilder.DropColumn(
                name: "EncryptedReportJws",
                table: "verifications");

            migrationBuilder.DropColumn(
                name: "EncryptedIdNumber",
                table: "verification_members");

            migrationBuilder.DropColumn(
                name: "EncryptedName",
                table: "verification_members");

            migrationBuilder.DropColumn(
                name: "IdNumberIndex",
                table: "verification_members");

            migrationBuilder.DropColumn(
                name: "EncryptedRecords",
                table: "source_checks");

            migrationBuilder.DropColumn(
                name: "EncryptedBody",
                table: "outbox_messages");

            migrationBuilder.AddColumn<string>(
                name: "ReportJson",
                table: "verifications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportJws",
                table: "verifications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdNumber",
                table: "verification_members",
                type: "character varying(18)",
                maxLength: 18,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "verification_members",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RecordsJson",
                table: "source_checks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Body",
                table: "outbox_messages",
                type: "text",
                nullable: false,
                defaultValue: "");
        }
    }
}
