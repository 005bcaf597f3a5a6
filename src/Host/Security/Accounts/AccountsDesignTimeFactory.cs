using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Samverkan.Host.Security.Accounts;

/// <summary>Lets <c>dotnet ef migrations add</c> build the accounts' SQLite model without starting the service.</summary>
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AccountsDbContext>();
        builder.UseAccountsSqlite("Data Source=design.db");
        return new AccountsDbContext(builder.Options);
    }
}
