using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Host.Persistence.Reminders;

namespace Samverkan.Host.Persistence.Configurations;

internal sealed class TaskReminderRecordConfiguration : IEntityTypeConfiguration<TaskReminderRecord>
{
    public void Configure(EntityTypeBuilder<TaskReminderRecord> b)
    {
        b.ToTable("TaskReminders");
        // The key is what makes a notice go out once: a second run, or a second node, cannot write it again.
        b.HasKey(r => new { r.TaskId, r.Kind });
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
    }
}
