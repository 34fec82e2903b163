using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Procedures.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bookmarks",
                columns: table => new
                {
                    bookmark_id = table.Column<string>(type: "text", nullable: false),
                    dossier_id = table.Column<string>(type: "text", nullable: false),
                    activity_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    step = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: true),
                    agency = table.Column<string>(type: "text", nullable: true),
                    started_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    due_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    warn_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bookmarks", x => x.bookmark_id);
                });

            migrationBuilder.CreateTable(
                name: "definition_versions",
                columns: table => new
                {
                    definition_id = table.Column<string>(type: "text", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    content_hash = table.Column<string>(type: "text", nullable: false),
                    source_text = table.Column<string>(type: "text", nullable: false),
                    definition_json = table.Column<string>(type: "text", nullable: false),
                    diagnostics = table.Column<string>(type: "text", nullable: false),
                    is_published = table.Column<bool>(type: "boolean", nullable: false),
                    abolished_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definition_versions", x => new { x.definition_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "dossier_numbers",
                columns: table => new
                {
                    agency_code = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_numbers", x => new { x.agency_code, x.date });
                });

            migrationBuilder.CreateTable(
                name: "dossiers",
                columns: table => new
                {
                    dossier_id = table.Column<string>(type: "text", nullable: false),
                    dossier_number = table.Column<string>(type: "text", nullable: false),
                    definition_id = table.Column<string>(type: "text", nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    content_hash = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    executing_agency_code = table.Column<string>(type: "text", nullable: true),
                    channel = table.Column<string>(type: "text", nullable: true),
                    received_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    due_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    warn_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    finished_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    finished = table.Column<bool>(type: "boolean", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    instance_json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossiers", x => x.dossier_id);
                });

            migrationBuilder.CreateTable(
                name: "journal",
                columns: table => new
                {
                    dossier_id = table.Column<string>(type: "text", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    @event = table.Column<string>(name: "event", type: "text", nullable: false),
                    activity_id = table.Column<string>(type: "text", nullable: true),
                    step = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true),
                    received_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    due_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    done_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    punctuality = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    note = table.Column<string>(type: "text", nullable: true),
                    appointment = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal", x => new { x.dossier_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "timers",
                columns: table => new
                {
                    timer_id = table.Column<string>(type: "text", nullable: false),
                    dossier_id = table.Column<string>(type: "text", nullable: false),
                    bookmark_id = table.Column<string>(type: "text", nullable: true),
                    due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    purpose = table.Column<string>(type: "text", nullable: false),
                    fired_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timers", x => x.timer_id);
                });

            migrationBuilder.CreateTable(
                name: "warnings",
                columns: table => new
                {
                    timer_id = table.Column<string>(type: "text", nullable: false),
                    dossier_id = table.Column<string>(type: "text", nullable: false),
                    bookmark_id = table.Column<string>(type: "text", nullable: true),
                    activity_id = table.Column<string>(type: "text", nullable: true),
                    step = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: true),
                    agency = table.Column<string>(type: "text", nullable: true),
                    warn_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    due_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    overdue = table.Column<bool>(type: "boolean", nullable: false),
                    raised_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warnings", x => x.timer_id);
                    table.ForeignKey(
                        name: "FK_warnings_timers_timer_id",
                        column: x => x.timer_id,
                        principalTable: "timers",
                        principalColumn: "timer_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_agency",
                table: "bookmarks",
                column: "agency");

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_dossier_id",
                table: "bookmarks",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_unit",
                table: "bookmarks",
                column: "unit");

            migrationBuilder.CreateIndex(
                name: "IX_definition_versions_definition_id_content_hash",
                table: "definition_versions",
                columns: new[] { "definition_id", "content_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_channel",
                table: "dossiers",
                column: "channel");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_definition_id_definition_version",
                table: "dossiers",
                columns: new[] { "definition_id", "definition_version" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_dossier_number",
                table: "dossiers",
                column: "dossier_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_executing_agency_code_status",
                table: "dossiers",
                columns: new[] { "executing_agency_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_finished_due_at",
                table: "dossiers",
                columns: new[] { "finished", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_received_at",
                table: "dossiers",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_warn_at",
                table: "dossiers",
                column: "warn_at");

            migrationBuilder.CreateIndex(
                name: "IX_timers_dossier_id",
                table: "timers",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_timers_fired_at_due_at",
                table: "timers",
                columns: new[] { "fired_at", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_warnings_agency",
                table: "warnings",
                column: "agency");

            migrationBuilder.CreateIndex(
                name: "IX_warnings_dossier_id",
                table: "warnings",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_warnings_unit",
                table: "warnings",
                column: "unit");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookmarks");

            migrationBuilder.DropTable(
                name: "definition_versions");

            migrationBuilder.DropTable(
                name: "dossier_numbers");

            migrationBuilder.DropTable(
                name: "dossiers");

            migrationBuilder.DropTable(
                name: "journal");

            migrationBuilder.DropTable(
                name: "warnings");

            migrationBuilder.DropTable(
                name: "timers");
        }
    }
}
