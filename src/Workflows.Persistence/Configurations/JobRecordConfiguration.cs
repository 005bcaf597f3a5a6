using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence.Configurations;

internal sealed class JobRecordConfiguration : IEntityTypeConfiguration<JobRecord>
{
    public void Configure(EntityTypeBuilder<JobRecord> b)
    {
        b.ToTable("Jobs");
        b.HasKey(j => j.Id);
        b.Property(j => j.Id).ValueGeneratedNever();
        b.Property(j => j.ElementId).HasMaxLength(200).IsRequired();
        b.Property(j => j.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(j => j.Target).HasMaxLength(200).IsRequired();
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(j => j.LockedBy).HasMaxLength(200);
        b.HasIndex(j => new { j.Kind, j.Status, j.Target });
    }
}
