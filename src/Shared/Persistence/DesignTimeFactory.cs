using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Samverkan.Shared.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a context's model for one provider without starting the service: a
/// subclass in the provider's project says how the context is made and configured, the same way the service configures
/// it. No connection is opened, so the subclass's connection string only has to parse.
/// </summary>
internal abstract class DesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder);
        return Create(builder.Options);
    }

    protected abstract void Configure(DbContextOptionsBuilder<TContext> builder);

    protected abstract TContext Create(DbContextOptions<TContext> options);
}
