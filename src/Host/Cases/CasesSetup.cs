using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
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
        // The key ring on disk (data/keys by default). Production should also encrypt it at rest
        // (ProtectKeysWith...), and back it up with the database: without it no personnummer can be read.
        services.AddDataProtection()
            .SetApplicationName("Samverkan")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(options.KeysPath)));
        services.AddSingleton<SearchKey>();
        services.AddSingleton<PersonProtector>();
        services.AddSingleton<CasesLog>();
        services.AddSingleton<CaseService>();
        services.AddSingleton<ConsentService>();
        services.AddSingleton<WithdrawalMessages>();
        services.AddSingleton<CaseFinder>();
        services.AddSingleton<ProcessDataAccess>();
        services.AddSingleton<IVariableInputValidator, CaseVariableGuard>();
        services.AddHostedService<CasesStartup>();
        return builder;
    }
}
