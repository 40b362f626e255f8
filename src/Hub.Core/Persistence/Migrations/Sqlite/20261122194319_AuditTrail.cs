using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    HeadHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SealedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_checkpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    VerificationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CheckpointId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_audit_events_audit_checkpoints_CheckpointId",
                        column: x => x.CheckpointId,
                        principalTable: "audit_checkpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_checkpoints_LastSequence",
                table: "audit_checkpoints",
                column: "LastSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_CheckpointId",
                table: "audit_events",
                column: "CheckpointId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_Sequence",
                table: "audit_events",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_unsealed",
                table: "audit_events",
                column: "Id",
                filter: "\"Sequence\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_VerificationId",
                table: "audit_events",
                column: "VerificationId");

            // Append-only, enforced by the database: a row may be written once more only to seal it
            // (its content unchanged, sealing columns still empty); sealed rows and checkpoints never change.
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
                WHEN OLD."Sequence" IS NOT NULL
                  OR NEW."Id" IS NOT OLD."Id" OR NEW."OccurredAt" IS NOT OLD."OccurredAt" OR NEW."Kind" IS NOT OLD."Kind"
                  OR NEW."Actor" IS NOT OLD."Actor" OR NEW."UserId" IS NOT OLD."UserId"
                  OR NEW."VerificationId" IS NOT OLD."VerificationId" OR NEW."Details" IS NOT OLD."Details"
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: UPDATE refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: DELETE refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
                BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only: UPDATE refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
                BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only: DELETE refused'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_checkpoints_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER audit_checkpoints_no_update;");
            migrationBuilder.Sql("DROP TRIGGER audit_events_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER audit_events_no_update;");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "audit_checkpoints");
        }
    }
}
