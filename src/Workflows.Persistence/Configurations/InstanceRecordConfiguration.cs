using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence.Configurations;

internal sealed class InstanceRecordConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> b)
    {
        b.ToTable("Instances");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.DefinitionKey).HasMaxLength(200).IsRequired();
        b.Property(i => i.BusinessKey).HasMaxLength(200);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.EndReason).HasMaxLength(400);
        b.Property(i => i.Revision).IsConcurrencyToken();
        b.Property(i => i.State).IsRequired();
        b.HasIndex(i => new { i.DefinitionKey, i.Status });
        b.HasIndex(i => i.BusinessKey);
    }
}
