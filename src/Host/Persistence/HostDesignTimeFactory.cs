using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Samverkan.Host.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the host's SQLite model without starting the service.</summary>
internal sealed class HostDesignTimeFactory : IDesignTimeDbContextFactory<HostDbContext>
{
    public HostDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<HostDbContext>();
        builder.UseHostSqlite("Data Source=design.db");
        return new HostDbContext(builder.Options);
    }
}
