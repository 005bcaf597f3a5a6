using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Notifications;
using Samverkan.Host.Persistence.Configurations;
using Samverkan.Host.Reminders;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Persistence;

/// <summary>The host's own tables (notifications, their e-mail, task reminders sent), beside the engine's in the same database.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<EmailRecord> Emails => Set<EmailRecord>();
    public DbSet<TaskReminderRecord> TaskReminders => Set<TaskReminderRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // As in the engine's context: SQLite cannot order DateTimeOffset text, so instants are UTC ticks.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new NotificationRecordConfiguration());
        modelBuilder.ApplyConfiguration(new EmailRecordConfiguration());
        modelBuilder.ApplyConfiguration(new TaskReminderRecordConfiguration());
    }
}
