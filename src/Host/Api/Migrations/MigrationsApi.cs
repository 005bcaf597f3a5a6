using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Security;
using Samverkan.Host.VersionMigration;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.VersionMigration;

namespace Samverkan.Host.Api.Migrations;

/// <summary>
/// /api/definitions/{key}/migrations and /api/migrations: check a migration plan against the running instances, run it as a
/// batch, follow the batch. For operators (admin, processdesigner).
/// </summary>
internal static class MigrationsApi
{
    public static void MapMigrationsApi(this RouteGroupBuilder api)
    {
        var byKey = api.MapGroup("/definitions/{key}/migrations").WithTags("Migrations").WithLogScope("key", "DefinitionKey")
            .RequireAuthorization(Policies.Operate);

        byKey.MapPost("/check", CheckAsync)
            .WithName("CheckMigration")
            .WithSummary("The validation report of a migration plan: its mapping (equal ids, then the explicit ones), what is wrong with it, and for "
                + "every selected running instance of the source version whether it can move and why not, with stable codes; moves nothing")
            .ProducesProblems(400, 404, 422);

        byKey.MapPost("/", StartAsync)
            .WithName("StartMigration")
            .WithSummary("Queue a batch that moves the selected running instances of the source version to the target version, each in its own "
                + "transaction; a failed instance does not stop the batch. 422 when the plan has errors, 409 when nothing is selected")
            .ProducesProblems(400, 404, 409, 422);

        byKey.MapGet("/", ListAsync)
            .WithName("ListMigrations")
            .WithSummary("The migration batches of a process, newest first");

        api.MapGroup("/migrations").WithTags("Migrations").RequireAuthorization(Policies.Operate)
            .MapGet("/{id:guid}", GetAsync)
            .WithName("GetMigration")
            .WithSummary("A migration batch: status, progress, and every instance that did not move with its reasons")
            .ProducesProblems(404);
    }

    private static async Task<Ok<MigrationReportResponse>> CheckAsync(string key, MigrationRequest request, ProcessEngine engine, CancellationToken ct)
    {
        var plan = await PlanAsync(engine, key, request, ct);
        var checks = plan.IsValid ? await engine.CheckMigrationAsync(plan, Selection(request), ct) : [];
        return TypedResults.Ok(new MigrationReportResponse(MigrationPlanResponse.From(plan), checks.Count, checks.Count(c => c.Migratable),
            checks.Select(InstanceCheckResponse.From).ToList()));
    }

    private static async Task<Accepted<MigrationBatchResponse>> StartAsync(
        string key, MigrationRequest request, ProcessEngine engine, MigrationBatches batches, ICurrentUser caller, CancellationToken ct)
    {
        var plan = await PlanAsync(engine, key, request, ct);
        var batch = await batches.StartAsync(plan, Selection(request), caller.UserId ?? "anonym", ct);
        return TypedResults.Accepted($"/api/migrations/{batch.Id}", MigrationBatchResponse.From(batch));
    }

    private static async Task<Ok<List<MigrationBatchResponse>>> ListAsync(string key, MigrationBatches batches, CancellationToken ct) =>
        TypedResults.Ok((await batches.ListAsync(key, ct)).Select(MigrationBatchResponse.From).ToList());

    private static async Task<Ok<MigrationBatchResponse>> GetAsync(Guid id, MigrationBatches batches, CancellationToken ct) =>
        TypedResults.Ok(MigrationBatchResponse.From(await batches.GetAsync(id, ct) ?? throw EngineException.NotFound($"No migration batch {id}.")));

    /// <summary>The plan of a request; missing versions are a field error.</summary>
    internal static Task<MigrationPlan> PlanAsync(ProcessEngine engine, string key, MigrationRequest request, CancellationToken ct)
    {
        RequireVersion(request.SourceVersion, "sourceVersion");
        RequireVersion(request.TargetVersion, "targetVersion");
        return engine.PlanMigrationAsync(key, request.SourceVersion!.Value, request.TargetVersion!.Value, request.Mappings, ct);
    }

    internal static void RequireVersion(int? version, string field)
    {
        if (version is not > 0)
        {
            throw new RequestFieldException(field, $"'{field}' must be a version number of the process (1 or more).");
        }
    }

    private static MigrationSelection Selection(MigrationRequest r) => new()
    {
        InstanceIds = r.InstanceIds,
        BusinessKey = string.IsNullOrWhiteSpace(r.BusinessKey) ? null : r.BusinessKey,
        WaitingAt = string.IsNullOrWhiteSpace(r.WaitingAt) ? null : r.WaitingAt,
        StartedBefore = r.StartedBefore,
    };
}
