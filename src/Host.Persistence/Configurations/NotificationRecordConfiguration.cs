using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Persistence.Configurations;

internal sealed class NotificationRecordConfiguration : IEntityTypeConfiguration<NotificationRecord>
{
    public void Configure(EntityTypeBuilder<NotificationRecord> b)
    {
        b.ToTable("Notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.UserId).HasMaxLength(200).IsRequired();
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(n => n.Title).HasMaxLength(400).IsRequired();
        b.Property(n => n.Body).HasMaxLength(4000).IsRequired();
        b.Property(n => n.DedupeKey).HasMaxLength(200);
        // The listing: a user's notifications, newest first, optionally only the unread ones.
        b.HasIndex(n => new { n.UserId, n.CreatedAt });
        b.HasIndex(n => new { n.UserId, n.ReadAt });
        // A handler job or listener that runs twice writes nothing the second time.
        b.HasIndex(n => new { n.DedupeKey, n.UserId }).IsUnique();
        b.HasIndex(n => n.TaskId);
    }
}
