using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the host's tables' SQLite model without starting the service.</summary>
internal sealed class HostDesignTimeFactory : SqliteDesignTimeFactory<HostDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<HostDbContext> builder, string connectionString) =>
        builder.UseHostSqlite(connectionString);

    protected override HostDbContext Create(DbContextOptions<HostDbContext> options) => new(options);
}
