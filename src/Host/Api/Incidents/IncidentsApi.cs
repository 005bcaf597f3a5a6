using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Security;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Api.Incidents;

/// <summary>/api/incidents: what failed at run time, and retrying it once the cause is fixed.</summary>
internal static class IncidentsApi
{
    public static void MapIncidentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/incidents").WithTags("Incidents").WithLogScope("id", "IncidentId")
            .RequireAuthorization(Policies.Operate);

        group.MapGet("/", ListAsync)
            .WithName("ListIncidents")
            .WithSummary("Open incidents, oldest first; of one instance with instanceId, resolved ones too with includeResolved=true");

        group.MapPost("/{id:guid}/retry", RetryAsync)
            .WithName("RetryIncident")
            .WithSummary("Resolve the incident and run the failed step again (a failed external task is offered again)")
            .ProducesProblems(404, 409);
    }

    private static async Task<Ok<List<IncidentResponse>>> ListAsync(Guid? instanceId, bool? includeResolved, ProcessEngine engine, CancellationToken ct)
    {
        var incidents = await engine.GetIncidentsAsync(instanceId, includeResolved != true, ct);
        return TypedResults.Ok(incidents.Select(i => IncidentResponse.From(i, ProcessDataMask.Text)).ToList());
    }

    private static async Task<NoContent> RetryAsync(Guid id, ProcessEngine engine, ApiLog log, CancellationToken ct)
    {
        await engine.RetryIncidentAsync(id, ct);
        log.IncidentRetried(id);
        return TypedResults.NoContent();
    }
}
