using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence.KeyRing;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the key ring's PostgreSQL model without starting the service.</summary>
internal sealed class KeyRingDesignTimeFactory : DesignTimeFactory<KeyRingDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<KeyRingDbContext> builder) =>
        builder.UseKeyRingPostgreSql("Host=localhost;Database=samverkan_design");

    protected override KeyRingDbContext Create(DbContextOptions<KeyRingDbContext> options) => new(options);
}
