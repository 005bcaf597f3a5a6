using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Rules.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the rule sets' PostgreSQL model without starting the service.</summary>
internal sealed class RulesDesignTimeFactory : DesignTimeFactory<RulesDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<RulesDbContext> builder) =>
        builder.UseRulesPostgreSql("Host=localhost;Database=samverkan_design");

    protected override RulesDbContext Create(DbContextOptions<RulesDbContext> options) => new(options);
}
