namespace Samverkan.Host.Audit;

/// <summary>The access log (PDL): entries, the review's reader, and the retention cleanup as a recurring Hangfire job.</summary>
public static class AuditSetup
{
    /// <summary>Its entries live in the cases' database context (<c>AddSamverkanCases</c>), so a change and its entry are saved together.</summary>
    public static WebApplicationBuilder AddSamverkanAccessLog(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuditOptions>()
            .Bind(builder.Configuration.GetSection(AuditOptions.Section))
            .Validate(o => o.RetentionYears >= AuditOptions.MinimumRetentionYears,
                $"{AuditOptions.Section}:RetentionYears must be at least {AuditOptions.MinimumRetentionYears}: the access log is kept at least five years.")
            .ValidateOnStart();
        services.AddSingleton<AccessLog>();
        services.AddSingleton<AuditEvents>();
        services.AddSingleton<AuditReader>();
        services.AddTransient<AuditRetentionJob>();
        services.AddHostedService<AuditStartup>();
        return builder;
    }
}
