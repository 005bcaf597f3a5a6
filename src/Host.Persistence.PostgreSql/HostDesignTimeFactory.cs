using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the host's tables' PostgreSQL model without starting the service.</summary>
internal sealed class HostDesignTimeFactory : DesignTimeFactory<HostDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<HostDbContext> builder) =>
        builder.UseHostPostgreSql("Host=localhost;Database=samverkan_design");

    protected override HostDbContext Create(DbContextOptions<HostDbContext> options) => new(options);
}
