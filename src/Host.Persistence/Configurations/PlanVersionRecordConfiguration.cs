using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Persistence.Configurations;

internal sealed class PlanVersionRecordConfiguration : IEntityTypeConfiguration<PlanVersionRecord>
{
    public void Configure(EntityTypeBuilder<PlanVersionRecord> b)
    {
        b.ToTable("CasePlanVersions");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Step).HasMaxLength(100).IsRequired();
        b.Property(p => p.Content).IsRequired();
        b.Property(p => p.RecordedBy).HasMaxLength(200).IsRequired();
        b.HasOne<CaseRecord>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.CaseId);
        // A task completes once; a listener told twice must not make a second version.
        b.HasIndex(p => p.TaskId).IsUnique();
        b.HasIndex(p => new { p.InstanceId, p.Version }).IsUnique();
    }
}
