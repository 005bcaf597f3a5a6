using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.Rules.Persistence;

/// <summary>Puts rule sets and parameters on a database; a provider project calls <see cref="AddRulesStore"/> with its set-up.</summary>
internal static class RulesStoreServiceCollectionExtensions
{
    /// <summary>The migrations history table, kept apart from the engine's in the same database.</summary>
    public const string HistoryTable = "__RulesMigrationsHistory";

    public static IServiceCollection AddRulesStore(this IServiceCollection services, Action<DbContextOptionsBuilder> configure) =>
        services.AddPooledDbContextFactory<RulesDbContext>(configure);
}
