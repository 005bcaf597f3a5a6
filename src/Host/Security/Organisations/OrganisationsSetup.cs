using Microsoft.Extensions.Options;
using Samverkan.Host.Hosting;

namespace Samverkan.Host.Security.Organisations;

/// <summary>The organisations and groups: the directory over the host's store, and the file upserted into it at start-up.</summary>
internal static class OrganisationsSetup
{
    public static IServiceCollection AddSamverkanOrganisations(this IServiceCollection services) =>
        services.AddSingleton<OrganisationDirectory>();

    /// <summary>
    /// Upserts <c>organisations.json</c> of the workflows folder, after the host's tables are migrated. A missing file
    /// is a warning; a file that cannot be read is logged as an error and nothing of it is written: the service still starts.
    /// </summary>
    public static async Task SeedOrganisationsAsync(this IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<SamverkanOptions>>().Value;
        var path = Path.GetFullPath(Path.Combine(options.WorkflowsPath, OrganisationsFile.FileName));
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OrganisationsSetup));
        if (!File.Exists(path))
        {
            log.LogWarning("No organisations file at {File}; the organisations and groups stay as they are", path);
            return;
        }
        OrganisationsFile file;
        try
        {
            file = OrganisationsFile.Read(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            log.LogError("The organisations file was not read, nothing of it is stored: {Reason}", e.Message);
            return;
        }
        var (organisations, groups) = await services.GetRequiredService<OrganisationDirectory>().UpsertAsync(file, ct);
        log.LogInformation("Upserted {OrganisationCount} organisations and {GroupCount} groups from {File}", organisations, groups, path);
    }
}
