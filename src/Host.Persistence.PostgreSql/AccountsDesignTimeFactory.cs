using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the accounts' PostgreSQL model without starting the service.</summary>
internal sealed class AccountsDesignTimeFactory : DesignTimeFactory<AccountsDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<AccountsDbContext> builder) =>
        builder.UseAccountsPostgreSql("Host=localhost;Database=samverkan_design");

    protected override AccountsDbContext Create(DbContextOptions<AccountsDbContext> options) => new(options);
}
