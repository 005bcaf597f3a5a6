using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Samverkan.Rules.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<RulesDbContext>
{
    public RulesDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<RulesDbContext>();
        builder.UseRulesSqlite("Data Source=design.db");
        return new RulesDbContext(builder.Options);
    }
}
