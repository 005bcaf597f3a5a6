using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the cases' PostgreSQL model without starting the service.</summary>
internal sealed class CasesDesignTimeFactory : DesignTimeFactory<CasesDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<CasesDbContext> builder) =>
        builder.UseCasesPostgreSql("Host=localhost;Database=samverkan_design");

    protected override CasesDbContext Create(DbContextOptions<CasesDbContext> options) => new(options);
}
