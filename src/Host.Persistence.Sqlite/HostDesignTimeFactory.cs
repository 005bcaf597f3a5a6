using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the host's tables' SQLite model without starting the service.</summary>
internal sealed class HostDesignTimeFactory : DesignTimeFactory<HostDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<HostDbContext> builder) =>
        builder.UseHostSqlite("Data Source=design.db");

    protected override HostDbContext Create(DbContextOptions<HostDbContext> options) => new(options);
}
