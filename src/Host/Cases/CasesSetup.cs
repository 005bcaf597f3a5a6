using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.KeyRing;
using Samverkan.Shared.Persistence;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Workflows.Abstractions;

namespace Samverkan.Host.Cases;

/// <summary>Cases, individuals and consents: their store, Data Protection for the personal data, and the services the API uses.</summary>
public static class CasesSetup
{
    /// <summary>Needs the access log (<c>AddSamverkanAccessLog</c>) and <c>ICurrentUser</c> beside it.</summary>
    public static WebApplicationBuilder AddSamverkanCases(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(CasesOptions.Section);
        services.AddOptions<CasesOptions>().Bind(section);
        var options = section.Get<CasesOptions>() ?? new CasesOptions();
        // The key ring: in the database when the storage put one there (PostgreSQL, shared by every node, so that a
        // cookie or token from one node works on another and each reads the personnummer), otherwise on disk
        // (data/keys by default). Production should also encrypt it at rest (ProtectKeysWith...) and back it up with
        // the database: without it no personnummer can be read.
        var dataProtection = services.AddDataProtection().SetApplicationName("Samverkan");
        if (services.Any(s => s.ServiceType == typeof(KeyRingDbContext)))
        {
            dataProtection.PersistKeysToDbContext<KeyRingDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(options.KeysPath)));
        }
        services.AddSingleton<SearchKey>();
        services.AddSingleton<PersonProtector>();
        services.AddSingleton<CasesLog>();
        services.AddSingleton<CaseService>();
        services.AddSingleton<ConsentService>();
        services.AddSingleton<WithdrawalMessages>();
        services.AddSingleton<CaseFinder>();
        services.AddSingleton<ProcessDataAccess>();
        services.AddSingleton<IVariableInputValidator, CaseVariableGuard>();
        services.AddSingleton<Plans.PlanVersions>();
        services.AddSingleton<Plans.PlanListener>();
        services.AddSingleton<Plans.PlanDownloads>();
        services.AddSingleton<Plans.PlanNotices>();
        services.AddSingleton<IEngineListener>(sp => sp.GetRequiredService<Plans.PlanListener>());
        services.AddHostedService<Plans.PlanRecorder>();
        services.AddHostedService<CasesStartup>();
        return builder;
    }

    /// <summary>Creates or upgrades the case tables and the access log.</summary>
    public static async Task MigrateCasesAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync(ct);
        await db.Database.MigrateSchemaAsync(ct);
    }
}
