using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Persistence.Configurations;

namespace Samverkan.Workflows.Persistence;

/// <summary>The engine's tables; mapping lives in one configuration per record under Configurations/.</summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    internal DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    internal DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    internal DbSet<UserTaskRecord> Tasks => Set<UserTaskRecord>();
    internal DbSet<TimerRecord> Timers => Set<TimerRecord>();
    internal DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();
    internal DbSet<JobRecord> Jobs => Set<JobRecord>();
    internal DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    internal DbSet<HistoryRecord> History => Set<HistoryRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        InstantConvention.Apply(configurationBuilder, Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new DefinitionRecordConfiguration());
        modelBuilder.ApplyConfiguration(new InstanceRecordConfiguration());
        modelBuilder.ApplyConfiguration(new UserTaskRecordConfiguration());
        modelBuilder.ApplyConfiguration(new TimerRecordConfiguration());
        modelBuilder.ApplyConfiguration(new SubscriptionRecordConfiguration());
        modelBuilder.ApplyConfiguration(new JobRecordConfiguration());
        modelBuilder.ApplyConfiguration(new IncidentRecordConfiguration());
        modelBuilder.ApplyConfiguration(new HistoryRecordConfiguration());
    }
}
