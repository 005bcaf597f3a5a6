using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence.Configurations;

internal sealed class UserTaskRecordConfiguration : IEntityTypeConfiguration<UserTaskRecord>
{
    public void Configure(EntityTypeBuilder<UserTaskRecord> b)
    {
        b.ToTable("Tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.ElementId).HasMaxLength(200).IsRequired();
        b.Property(t => t.Name).HasMaxLength(400);
        b.Property(t => t.DefinitionKey).HasMaxLength(200).IsRequired();
        b.Property(t => t.BusinessKey).HasMaxLength(200);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Assignee).HasMaxLength(200);
        b.Property(t => t.CandidateGroups).IsRequired();
        b.Property(t => t.CandidateUsers).IsRequired();
        b.Property(t => t.FormKey).HasMaxLength(400);
        b.Property(t => t.CompletedBy).HasMaxLength(200);
        // Derived from the comma-joined columns; not stored.
        b.Ignore(t => t.CandidateGroupList);
        b.Ignore(t => t.CandidateUserList);
        b.HasIndex(t => new { t.Status, t.Assignee });
        b.HasIndex(t => t.InstanceId);
        b.HasIndex(t => t.DueAt);
    }
}
