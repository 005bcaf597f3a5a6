using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence.Configurations;

internal sealed class IncidentRecordConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> b)
    {
        b.ToTable("Incidents");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.ElementId).HasMaxLength(200).IsRequired();
        b.Property(i => i.Type).HasMaxLength(100).IsRequired();
        b.Property(i => i.Message).IsRequired();
        b.HasIndex(i => i.InstanceId);
    }
}
