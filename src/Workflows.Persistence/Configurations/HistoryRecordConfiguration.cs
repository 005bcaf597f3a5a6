using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence.Configurations;

internal sealed class HistoryRecordConfiguration : IEntityTypeConfiguration<HistoryRecord>
{
    public void Configure(EntityTypeBuilder<HistoryRecord> b)
    {
        b.ToTable("History");
        b.HasKey(h => h.Id);
        // Database-generated and increasing, so ordering by Id is the order entries were written.
        b.Property(h => h.Id).ValueGeneratedOnAdd();
        b.Property(h => h.Type).HasMaxLength(100).IsRequired();
        b.Property(h => h.ElementId).HasMaxLength(200);
        b.HasIndex(h => new { h.InstanceId, h.Id });
    }
}
