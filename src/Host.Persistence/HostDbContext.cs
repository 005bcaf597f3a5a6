using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence.Configurations;
using Samverkan.Shared.Persistence;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Host.Persistence.Organisations;
using Samverkan.Host.Persistence.Reminders;
using Samverkan.Host.Persistence.InstanceMigrations;

namespace Samverkan.Host.Persistence;

/// <summary>The host's own tables (notifications, their e-mail, task reminders sent, organisations and their groups, batches of instance migrations), beside the engine's in the same database.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<EmailRecord> Emails => Set<EmailRecord>();
    public DbSet<TaskReminderRecord> TaskReminders => Set<TaskReminderRecord>();
    public DbSet<MigrationBatchRecord> MigrationBatches => Set<MigrationBatchRecord>();
    public DbSet<OrganisationRecord> Organisations => Set<OrganisationRecord>();
    public DbSet<GroupRecord> Groups => Set<GroupRecord>();
    public DbSet<OrganisationGroupRecord> OrganisationGroups => Set<OrganisationGroupRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        InstantConvention.Apply(configurationBuilder, Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new NotificationRecordConfiguration());
        modelBuilder.ApplyConfiguration(new EmailRecordConfiguration());
        modelBuilder.ApplyConfiguration(new TaskReminderRecordConfiguration());
        modelBuilder.ApplyConfiguration(new MigrationBatchRecordConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationRecordConfiguration());
        modelBuilder.ApplyConfiguration(new GroupRecordConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationGroupRecordConfiguration());
    }
}
