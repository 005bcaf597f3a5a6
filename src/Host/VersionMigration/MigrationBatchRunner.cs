using Hangfire;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.InstanceMigrations;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.VersionMigration;

namespace Samverkan.Host.VersionMigration;

/// <summary>
/// The Hangfire job of a migration batch: moves each selected instance in its own trigger, records progress every few
/// instances so the page can follow it, and lists every instance that did not move with its reasons. A failed instance
/// does not stop the batch. Run again after a node died, it goes on where the recorded progress ends; an instance that
/// already runs the target version counts as moved.
/// </summary>
internal sealed class MigrationBatchRunner(ProcessEngine engine, IDbContextFactory<HostDbContext> contexts, ProcessDataAccess data, TimeProvider clock, ILogger<MigrationBatchRunner> log)
{
    private const int ProgressEvery = 25;

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Migrate instances, batch {0}")]
    public async Task RunAsync(Guid batchId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var batch = await db.MigrationBatches.SingleOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null || batch.Status == MigrationBatchStatus.Completed)
        {
            return;
        }
        batch.Status = MigrationBatchStatus.Running;
        batch.StartedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);

        var plan = await engine.PlanMigrationAsync(batch.DefinitionKey, batch.SourceVersion, batch.TargetVersion, MigrationBatches.MappingsOf(batch), ct);
        var instances = MigrationBatches.InstancesOf(batch);
        var failures = MigrationBatches.FailuresOf(batch);
        var actor = new BatchCreator(batch.CreatedBy);
        for (var i = batch.Processed; i < instances.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var failure = await MigrateOneAsync(instances[i], plan, actor, $"instance migrated from version {batch.SourceVersion} to {batch.TargetVersion} (batch {batch.Id})", ct);
            if (failure is null)
            {
                batch.Migrated++;
            }
            else
            {
                failures.Add(failure);
                batch.Failed++;
            }
            batch.Processed = i + 1;
            if (batch.Processed % ProgressEvery == 0)
            {
                batch.Failures = MigrationBatches.Serialize(failures);
                await db.SaveChangesAsync(ct);
            }
        }
        batch.Failures = MigrationBatches.Serialize(failures);
        batch.Status = MigrationBatchStatus.Completed;
        batch.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        log.LogInformation("Migration batch {BatchId} of {Key} v{Source}→v{Target}: {Migrated} moved, {Failed} not", batch.Id, batch.DefinitionKey,
            batch.SourceVersion, batch.TargetVersion, batch.Migrated, batch.Failed);
    }

    private async Task<MigrationFailure?> MigrateOneAsync(Guid instanceId, MigrationPlan plan, BatchCreator actor, string what, CancellationToken ct)
    {
        try
        {
            var moved = await engine.MigrateInstanceAsync(instanceId, plan, actor.UserId, ct);
            await data.LogChangeAsync(moved, actor, what, ct);
            return null;
        }
        catch (MigrationRefusedException refused)
        {
            if (refused.Problems.Any(p => p.Code == MigrationCodes.WrongVersion)
                && await engine.GetInstanceAsync(instanceId, ct) is { } now && now.DefinitionId == plan.TargetDefinitionId)
            {
                // Moved by an earlier run of this batch that stopped before it recorded its progress.
                return null;
            }
            var reasons = refused.Problems.Where(p => p.IsError).Select(p => new MigrationFailureReason(p.Code, p.ElementId, p.Message)).ToList();
            return new MigrationFailure(instanceId, await BusinessKeyAsync(instanceId, ct), reasons);
        }
        catch (ConcurrencyConflictException e)
        {
            return new MigrationFailure(instanceId, await BusinessKeyAsync(instanceId, ct), [new MigrationFailureReason("conflict", null, e.Message)]);
        }
        catch (EngineException e)
        {
            return new MigrationFailure(instanceId, await BusinessKeyAsync(instanceId, ct), [new MigrationFailureReason(e.Kind.ToString().ToLowerInvariant(), null, e.Message)]);
        }
    }

    /// <summary>Who the batch acts for in the access log: the user who started it (the batch keeps no organisations or roles).</summary>
    private sealed record BatchCreator(string UserId) : ICurrentUser
    {
        string? ICurrentUser.UserId => UserId;
        public string DisplayName => UserId;
        public IReadOnlyList<string> Roles => [];
        public IReadOnlyList<string> Organisations => [];
        public bool IsSystem => false;
    }

    private async Task<string?> BusinessKeyAsync(Guid instanceId, CancellationToken ct) => (await engine.GetInstanceAsync(instanceId, ct))?.BusinessKey;
}
