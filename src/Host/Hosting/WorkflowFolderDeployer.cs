using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Hosting;

/// <summary>What start-up did with one BPMN file.</summary>
public sealed record FolderDeployment(string File, DeploymentResult? Result, string? Failure)
{
    public bool Succeeded => Result?.Succeeded == true;
}

/// <summary>
/// Deploys every *.bpmn under a folder at start-up. An unchanged file keeps its version; an invalid one is
/// logged with its errors and skipped. Nothing here stops the service from starting.
/// </summary>
public sealed class WorkflowFolderDeployer(ProcessEngine engine, ILogger<WorkflowFolderDeployer> log)
{
    public async Task<IReadOnlyList<FolderDeployment>> DeployAsync(string folder, CancellationToken ct = default)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            log.LogWarning("No workflows folder at {Folder}; nothing deployed", root);
            return [];
        }
        var files = Directory.EnumerateFiles(root, "*.bpmn", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var outcomes = new List<FolderDeployment>(files.Count);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            outcomes.Add(await DeployFileAsync(file, name, ct));
        }
        log.LogInformation("Deployed {Folder}: {Created} new, {Unchanged} unchanged, {Failed} skipped",
            root,
            outcomes.Count(o => o.Succeeded && o.Result!.Definitions.Any(d => d.Created)),
            outcomes.Count(o => o.Succeeded && !o.Result!.Definitions.Any(d => d.Created)),
            outcomes.Count(o => !o.Succeeded));
        return outcomes;
    }

    private async Task<FolderDeployment> DeployFileAsync(string path, string name, CancellationToken ct)
    {
        try
        {
            var xml = await File.ReadAllTextAsync(path, ct);
            var result = await engine.DeployAsync(xml, name, ct);
            if (!result.Succeeded)
            {
                var errors = result.Errors.ToList();
                log.LogError("Skipped {File}: {ErrorCount} errors{NewLine}{Errors}",
                    name, errors.Count, Environment.NewLine, string.Join(Environment.NewLine, errors.Select(e => "  " + e)));
                return new FolderDeployment(name, result, null);
            }
            foreach (var definition in result.Definitions)
            {
                log.LogInformation("{File}: {DefinitionKey} version {Version} {Outcome}",
                    name, definition.Key, definition.Version, definition.Created ? "deployed" : "unchanged");
            }
            return new FolderDeployment(name, result, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EngineException)
        {
            log.LogError(ex, "Skipped {File}: {Reason}", name, ex.Message);
            return new FolderDeployment(name, null, ex.Message);
        }
    }
}
