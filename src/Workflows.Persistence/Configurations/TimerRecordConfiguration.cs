using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence.Configurations;

internal sealed class TimerRecordConfiguration : IEntityTypeConfiguration<TimerRecord>
{
    public void Configure(EntityTypeBuilder<TimerRecord> b)
    {
        b.ToTable("Timers");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.ElementId).HasMaxLength(200).IsRequired();
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Spec).HasMaxLength(400).IsRequired();
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        // Until when a node has taken the timer to fire it (TimerClaims); not part of the engine's record, so every
        // write of the timer by the engine clears it.
        b.Property<DateTimeOffset?>(TimerClaims.ClaimedUntil);
        b.HasIndex(t => new { t.Status, t.DueAt });
        b.HasIndex(t => t.InstanceId);
    }
}
