using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Rules.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the rule sets' SQLite model without starting the service.</summary>
internal sealed class RulesDesignTimeFactory : DesignTimeFactory<RulesDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<RulesDbContext> builder) =>
        builder.UseRulesSqlite("Data Source=design.db");

    protected override RulesDbContext Create(DbContextOptions<RulesDbContext> options) => new(options);
}
