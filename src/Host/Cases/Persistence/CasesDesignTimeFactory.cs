using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Samverkan.Host.Cases.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context CasesDbContext</c> build the SQLite model without starting the service.</summary>
internal sealed class CasesDesignTimeFactory : IDesignTimeDbContextFactory<CasesDbContext>
{
    public CasesDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CasesDbContext>();
        builder.UseCasesSqlite("Data Source=design.db");
        return new CasesDbContext(builder.Options);
    }
}
