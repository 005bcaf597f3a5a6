using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Persistence.Configurations;

internal sealed class EmailRecordConfiguration : IEntityTypeConfiguration<EmailRecord>
{
    public void Configure(EntityTypeBuilder<EmailRecord> b)
    {
        b.ToTable("NotificationEmails");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.ToAddress).HasMaxLength(320).IsRequired();
        b.Property(e => e.Subject).HasMaxLength(200).IsRequired();
        b.Property(e => e.Body).IsRequired();
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.LastError).HasMaxLength(2000);
        b.HasIndex(e => new { e.Status, e.NextAttemptAt });
        b.HasIndex(e => e.NotificationId);
    }
}
