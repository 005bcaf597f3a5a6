using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the accounts' SQLite model without starting the service.</summary>
internal sealed class AccountsDesignTimeFactory : DesignTimeFactory<AccountsDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<AccountsDbContext> builder) =>
        builder.UseAccountsSqlite("Data Source=design.db");

    protected override AccountsDbContext Create(DbContextOptions<AccountsDbContext> options) => new(options);
}
