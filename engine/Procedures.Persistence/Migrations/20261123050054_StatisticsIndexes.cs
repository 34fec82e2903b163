using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Procedures.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_dossiers_executing_agency_code_received_at",
                table: "dossiers",
                columns: new[] { "executing_agency_code", "received_at" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_finished_at",
                table: "dossiers",
                column: "finished_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossiers_executing_agency_code_received_at",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_finished_at",
                table: "dossiers");
        }
    }
}
