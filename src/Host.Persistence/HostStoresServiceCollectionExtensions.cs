using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.Host.Persistence;

/// <summary>Puts the host's own tables on a database; a provider project calls <see cref="AddHostStores"/> with its set-up of each context.</summary>
public static class HostStoresServiceCollectionExtensions
{
    /// <summary>Each context keeps its migrations history apart from the engine's (the default table) and the others'.</summary>
    public const string HostHistoryTable = "__HostMigrationsHistory";

    public const string CasesHistoryTable = "__CasesMigrationsHistory";

    public const string AccountsHistoryTable = "__AccountsMigrationsHistory";

    public const string KeyRingHistoryTable = "__KeyRingMigrationsHistory";

    /// <param name="host">Notifications, their e-mail and task reminders.</param>
    /// <param name="cases">Individuals, cases, consents and the access log.</param>
    /// <param name="accounts">Local accounts (ASP.NET Core Identity).</param>
    public static IServiceCollection AddHostStores(this IServiceCollection services,
        Action<DbContextOptionsBuilder> host, Action<DbContextOptionsBuilder> cases, Action<DbContextOptionsBuilder> accounts)
    {
        services.AddPooledDbContextFactory<HostDbContext>(host);
        services.AddPooledDbContextFactory<CasesDbContext>(cases);
        // Identity's stores take the context from the request's scope.
        services.AddDbContext<AccountsDbContext>(accounts);
        return services;
    }

    /// <summary>
    /// Keeps Data Protection's key ring and the service's secrets in the database (<see cref="KeyRing.KeyRingDbContext"/>),
    /// for a database that several nodes share; without it they stay in files beside the one node.
    /// </summary>
    public static IServiceCollection AddKeyRingStore(this IServiceCollection services, Action<DbContextOptionsBuilder> keyRing)
    {
        // Data Protection takes the context from a scope of its own.
        services.AddDbContext<KeyRing.KeyRingDbContext>(keyRing);
        return services;
    }
}
