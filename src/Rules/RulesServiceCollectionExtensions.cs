using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Parameters;
using Samverkan.Rules.Persistence;
using Samverkan.Rules.RuleSets;
using Samverkan.Shared.Persistence;

namespace Samverkan.Rules;

/// <summary>Registers rule sets and parameters, with one RulesEngine for the process; a provider project (e.g. <c>AddRulesSqlite</c>) adds their store.</summary>
public static class RulesServiceCollectionExtensions
{
    public static IServiceCollection AddRules(this IServiceCollection services, Action<RulesOptions>? configure = null)
    {
        var options = new RulesOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options);
        services.TryAddSingleton<RevisionReader>();
        services.TryAddSingleton<RulesStore>();
        services.TryAddSingleton<RuleEngineHost>();
        services.TryAddSingleton(sp => new RuleCatalog(sp.GetRequiredService<RulesStore>(), sp.GetRequiredService<RuleEngineHost>(), Logger<RuleCatalog>(sp)));
        services.TryAddSingleton<RuleSetValidator>();
        services.TryAddSingleton<RuleSetService>();
        services.TryAddSingleton<IRuleSetService>(sp => sp.GetRequiredService<RuleSetService>());
        services.TryAddSingleton<IRuleEvaluator, RuleEvaluator>();
        services.TryAddSingleton<IParameterService, ParameterService>();
        services.TryAddSingleton(sp => new ParameterSeeder(sp.GetRequiredService<RulesStore>(), sp.GetRequiredService<TimeProvider>(), Logger<ParameterSeeder>(sp)));
        services.TryAddSingleton(sp => new RulesDeployer(sp.GetRequiredService<RuleSetService>(), sp.GetRequiredService<ParameterSeeder>(), Logger<RulesDeployer>(sp)));
        return services;
    }

    /// <summary>Creates or upgrades the rules tables (history in <c>__RulesMigrationsHistory</c>); call once at start-up.</summary>
    public static async Task MigrateRulesAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<RulesDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.MigrateSchemaAsync(ct);
    }

    /// <summary>Seeds missing parameters from <c>parameters.json</c> and deploys every other rule-set file in <paramref name="folder"/> whose content is new.</summary>
    public static Task<RulesDeployment> DeployRulesAsync(this IServiceProvider services, string folder, CancellationToken ct = default) =>
        services.GetRequiredService<RulesDeployer>().DeployFolderAsync(folder, ct);

    private static ILogger<T> Logger<T>(IServiceProvider services) => services.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
