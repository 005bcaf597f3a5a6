using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samverkan.Host.Persistence.PostgreSql.Migrations.Cases
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisations = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Roles = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConsentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            // The access log is append-only in the database too, as on SQLite: no UPDATE ever, no DELETE of an entry
            // younger than five years by the database's own clock (the legal minimum), and no TRUNCATE, whatever the
            // application or a hand-written statement tries. The retention cleanup deletes only older entries, so it
            // passes. A trigger stops mistakes and code paths that bypass the context, not the owner of the schema,
            // who can drop it: the service's database role should not own the table in production (docs/deployment.md).
            migrationBuilder.Sql(
                """
                CREATE FUNCTION "AuditEntries_AppendOnly"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' THEN
                        RAISE EXCEPTION 'The access log is append-only: entries cannot be changed.';
                    ELSIF TG_OP = 'TRUNCATE' THEN
                        RAISE EXCEPTION 'The access log keeps every entry for at least five years: it cannot be truncated.';
                    ELSIF OLD."At" > now() - interval '1825 days' THEN
                        RAISE EXCEPTION 'The access log keeps every entry for at least five years.';
                    END IF;
                    RETURN OLD;
                END;
                $$;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION "AuditEntries_AppendOnly"();
                CREATE TRIGGER "AuditEntries_KeepMinimumRetention" BEFORE DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION "AuditEntries_AppendOnly"();
                CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntries_AppendOnly"();
                """);

            migrationBuilder.CreateTable(
                name: "CasePersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonnummerHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtectedPersonnummer = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProtectedName = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePersons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Organisations = table.Column<List<string>>(type: "text[]", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Recipients = table.Column<List<string>>(type: "text[]", nullable: false),
                    Categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidTo = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GivenBy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WithdrawnBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProcessesToldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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

            migrationBuilder.Sql("""DROP FUNCTION "AuditEntries_AppendOnly"();""");

            migrationBuilder.DropTable(
                name: "CaseConsents");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "CasePersons");
        }
    }
}
