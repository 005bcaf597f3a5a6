using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.InstanceMigrations;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.VersionMigration;

namespace Samverkan.Host.VersionMigration;

/// <summary>
/// Batches of instance migrations: one is created with its plan and the instances it selected at that moment, then run by
/// Hangfire (<see cref="MigrationBatchRunner"/>) on whichever node is free, each instance in its own transaction.
/// </summary>
internal sealed class MigrationBatches(ProcessEngine engine, IDbContextFactory<HostDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Checks the plan, selects the instances and queues the batch; a plan with errors or no instance selected queues nothing.</summary>
    public async Task<MigrationBatchView> StartAsync(MigrationPlan plan, MigrationSelection selection, string user, CancellationToken ct)
    {
        if (!plan.IsValid)
        {
            throw new MigrationRefusedException(EngineErrorKind.Invalid,
                $"The migration plan of '{plan.Key}' from version {plan.SourceVersion} to {plan.TargetVersion} is not valid; nothing was queued.", plan.Problems);
        }
        var selected = await engine.SelectForMigrationAsync(plan, selection, ct);
        if (selected.Count == 0)
        {
            throw EngineException.Conflict($"No running instance of version {plan.SourceVersion} of '{plan.Key}' matches the selection; nothing was queued.");
        }
        var record = new MigrationBatchRecord
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            DefinitionKey = plan.Key,
            SourceVersion = plan.SourceVersion,
            TargetVersion = plan.TargetVersion,
            Mappings = JsonSerializer.Serialize(plan.ExplicitMappings, Json),
            InstanceIds = JsonSerializer.Serialize(selected, Json),
            Total = selected.Count,
            Status = MigrationBatchStatus.Queued,
            CreatedBy = user,
            CreatedAt = clock.GetUtcNow(),
        };
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.MigrationBatches.Add(record);
            await db.SaveChangesAsync(ct);
        }
        jobs.Enqueue<MigrationBatchRunner>(r => r.RunAsync(record.Id, CancellationToken.None));
        return ToView(record);
    }

    public async Task<MigrationBatchView?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.MigrationBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        return record is null ? null : ToView(record);
    }

    /// <summary>The batches of one process, newest first.</summary>
    public async Task<IReadOnlyList<MigrationBatchView>> ListAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var records = await db.MigrationBatches.AsNoTracking().Where(b => b.DefinitionKey == key).ToListAsync(ct);
        return records.OrderByDescending(b => b.CreatedAt).Select(ToView).ToList();
    }

    internal static IReadOnlyDictionary<string, string> MappingsOf(MigrationBatchRecord record) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(record.Mappings, Json) ?? [];

    internal static List<Guid> InstancesOf(MigrationBatchRecord record) =>
        JsonSerializer.Deserialize<List<Guid>>(record.InstanceIds, Json) ?? [];

    internal static List<MigrationFailure> FailuresOf(MigrationBatchRecord record) =>
        JsonSerializer.Deserialize<List<MigrationFailure>>(record.Failures, Json) ?? [];

    internal static string Serialize(List<MigrationFailure> failures) => JsonSerializer.Serialize(failures, Json);

    private static MigrationBatchView ToView(MigrationBatchRecord r) =>
        new(r.Id, r.DefinitionKey, r.SourceVersion, r.TargetVersion, MappingsOf(r), r.Status, r.Total, r.Processed, r.Migrated, r.Failed,
            FailuresOf(r), r.CreatedBy, r.CreatedAt, r.StartedAt, r.FinishedAt);
}
