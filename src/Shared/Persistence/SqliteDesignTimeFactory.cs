using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Samverkan.Shared.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a context's SQLite model without starting the service: a subclass says how
/// the context is made and configured, the same way the service configures it.
/// </summary>
internal abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder, "Data Source=design.db");
        return Create(builder.Options);
    }

    protected abstract void Configure(DbContextOptionsBuilder<TContext> builder, string connectionString);

    protected abstract TContext Create(DbContextOptions<TContext> options);
}
