using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Api.Definitions;

/// <summary>/api/definitions: deploy BPMN files and read what is deployed.</summary>
internal static class DefinitionsApi
{
    public static void MapDefinitionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/definitions").WithTags("Definitions").WithLogScope("key", "DefinitionKey");

        group.MapPost("/", DeployAsync)
            .RequireAuthorization(Policies.Design)
            .WithName("DeployDefinition")
            .WithSummary("Deploy a BPMN file")
            .WithDescription("The body is the BPMN XML (application/xml or text/xml). 201 with the new version; 200 with the existing " +
                "version when the file is unchanged; 422 with the validation errors (elementId, line, message) when it cannot be deployed. " +
                "The optional source names the file in the definition's record.")
            .Accepts<string>(BpmnBody.MediaTypes[0], BpmnBody.MediaTypes[1..])
            .ProducesProblems(400, 413, 415, 422);

        group.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.ReadProcesses)
            .WithName("ListDefinitions")
            .WithSummary("List deployed processes with their latest version");

        group.MapGet("/{key}", VersionsAsync)
            .RequireAuthorization(Policies.ReadProcesses)
            .WithName("GetDefinitionVersions")
            .WithSummary("List every deployed version of a process")
            .ProducesProblems(404);

        group.MapGet("/{key}/xml", XmlAsync)
            .RequireAuthorization(Policies.ReadProcesses)
            .WithName("GetDefinitionXml")
            .WithSummary("The BPMN XML of the latest or the given version")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblems(404);
    }

    private static async Task<Results<Created<DeploymentResponse>, Ok<DeploymentResponse>, ProblemHttpResult>> DeployAsync(
        HttpRequest request, ProcessEngine engine, ApiLog log, string? source, CancellationToken ct)
    {
        var xml = await BpmnBody.ReadAsync(request, ct);
        var result = await engine.DeployAsync(xml, string.IsNullOrWhiteSpace(source) ? "api" : source, ct);
        if (!result.Succeeded)
        {
            var errors = result.Errors.ToList();
            log.DeploymentRefused(errors.Count);
            var detail = errors.Count == 0
                ? "The file has no executable process (isExecutable=\"true\"); nothing was deployed."
                : $"The file has {errors.Count} error(s); nothing was deployed.";
            return ApiProblems.Result(StatusCodes.Status422UnprocessableEntity, detail,
                errors.Select(ProblemError.From).ToList(), "The BPMN file cannot be deployed");
        }
        foreach (var definition in result.Definitions)
        {
            log.Deployed(definition.Key, definition.Version, definition.Created ? "deployed" : "unchanged");
        }
        var first = result.Definitions[0];
        var response = new DeploymentResponse(first.Key, first.Version, first.Id, result.Definitions.Any(d => d.Created),
            result.Definitions.Select(d => new DeployedDefinitionResponse(d.Key, d.Version, d.Id, d.Name, d.Created)).ToList(),
            result.Diagnostics.Where(d => !d.IsError).Select(ProblemError.From).ToList());
        return response.Created
            ? TypedResults.Created($"/api/definitions/{Uri.EscapeDataString(first.Key)}", response)
            : TypedResults.Ok(response);
    }

    private static async Task<Ok<List<DefinitionSummary>>> ListAsync(IProcessQueries store, CancellationToken ct)
    {
        var definitions = await store.ListDefinitionsAsync(null, ct);
        var summaries = definitions.GroupBy(d => d.Key, StringComparer.Ordinal)
            .Select(versions =>
            {
                var latest = versions.MaxBy(d => d.Version)!;
                return new DefinitionSummary(latest.Key, latest.Name, latest.Version, latest.Id, versions.Count(), latest.DeployedAt);
            })
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(summaries);
    }

    private static async Task<Ok<List<DefinitionResponse>>> VersionsAsync(string key, IProcessQueries store, CancellationToken ct)
    {
        var versions = await store.ListDefinitionsAsync(key, ct);
        return versions.Count == 0
            ? throw EngineException.NotFound($"No process '{key}' is deployed.")
            : TypedResults.Ok(versions.OrderBy(d => d.Version).Select(DefinitionResponse.From).ToList());
    }

    private static async Task<ContentHttpResult> XmlAsync(string key, int? version, IProcessQueries store, CancellationToken ct)
    {
        var definition = await store.FindDefinitionAsync(key, version, ct)
            ?? throw EngineException.NotFound(version is null ? $"No process '{key}' is deployed." : $"Process '{key}' has no version {version}.");
        return TypedResults.Text(definition.Xml, "application/xml; charset=utf-8");
    }
}
