using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EncryptPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Clear columns are dropped, not converted: DatabaseMigrator refuses this migration while verifications exist,
            // because SQL has no key to encrypt them with. SQLite drops a plain column in place; EF's DropColumn would
            // rebuild each table outside the migration's transaction.
            migrationBuilder.Sql("ALTER TABLE \"verifications\" DROP COLUMN \"ReportJson\";");
            migrationBuilder.Sql("ALTER TABLE \"verifications\" DROP COLUMN \"ReportJws\";");
            migrationBuilder.Sql("ALTER TABLE \"verification_members\" DROP COLUMN \"IdNumber\";");
            migrationBuilder.Sql("ALTER TABLE \"verification_members\" DROP COLUMN \"Name\";");
            migrationBuilder.Sql("ALTER TABLE \"source_checks\" DROP COLUMN \"RecordsJson\";");
            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" DROP COLUMN \"Body\";");

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedReport",
                table: "verifications",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedReportJws",
                table: "verifications",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedIdNumber",
                table: "verification_members",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedName",
                table: "verification_members",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<string>(
                name: "IdNumberIndex",
                table: "verification_members",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedRecords",
                table: "source_checks",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedBody",
                table: "outbox_messages",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.CreateTable(
                name: "data_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MasterKeyId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", nullable: false)
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportJws",
                table: "verifications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdNumber",
                table: "verification_members",
                type: "TEXT",
                maxLength: 18,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "verification_members",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RecordsJson",
                table: "source_checks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Body",
                table: "outbox_messages",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }
    }
}
