using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.Host.Persistence;

#nullable disable

namespace Samverkan.Host.Persistence.Sqlite.Migrations.Cases
{
    /// <inheritdoc />
    public partial class CasesAndAccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConsentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            // The access log is append-only in the database too, not only in CasesDbContext.SaveChanges: no UPDATE
            // ever, and no DELETE of an entry younger than five years by the database's own clock (the legal minimum),
            // whatever the application or a hand-written statement tries. The retention cleanup deletes only older
            // entries, so it passes; a longer configured retention is the application's to keep. A trigger stops
            // mistakes and code paths that bypass the context (ExecuteDelete, raw SQL), not someone who can drop it:
            // that is the file's permissions' job. A later migration that rebuilds this table must create both again.
            migrationBuilder.Sql(
                """
                CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                BEGIN
                    SELECT RAISE(ABORT, 'The access log is append-only: entries cannot be changed.');
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER "AuditEntries_KeepMinimumRetention" BEFORE DELETE ON "AuditEntries"
                WHEN OLD."At" > CAST(strftime('%s', 'now') AS INTEGER) * 10000000 + 621355968000000000 - 1825 * 864000000000
                BEGIN
                    SELECT RAISE(ABORT, 'The access log keeps every entry for at least five years.');
                END;
                """);

            migrationBuilder.CreateTable(
                name: "CasePersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonnummerHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtectedPersonnummer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProtectedName = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePersons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Organisations = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_CasePersons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "CasePersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidTo = table.Column<long>(type: "INTEGER", nullable: false),
                    GivenBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProcessesToldAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseConsents_CasePersons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "CasePersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseConsents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PersonId_At",
                table: "AuditEntries",
                columns: new[] { "PersonId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_At",
                table: "AuditEntries",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsents_CaseId",
                table: "CaseConsents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsents_PersonId",
                table: "CaseConsents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsents_WithdrawnAt_ProcessesToldAt",
                table: "CaseConsents",
                columns: new[] { "WithdrawnAt", "ProcessesToldAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CasePersons_PersonnummerHash",
                table: "CasePersons",
                column: "PersonnummerHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PersonId",
                table: "Cases",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Reference",
                table: "Cases",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CaseConsents");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "CasePersons");
        }
    }
}
