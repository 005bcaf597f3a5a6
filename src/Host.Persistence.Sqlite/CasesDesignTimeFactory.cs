using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the cases' SQLite model without starting the service.</summary>
internal sealed class CasesDesignTimeFactory : DesignTimeFactory<CasesDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<CasesDbContext> builder) =>
        builder.UseCasesSqlite("Data Source=design.db");

    protected override CasesDbContext Create(DbContextOptions<CasesDbContext> options) => new(options);
}
