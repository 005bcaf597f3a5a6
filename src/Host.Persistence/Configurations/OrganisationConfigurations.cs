using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Host.Persistence.Organisations;

namespace Samverkan.Host.Persistence.Configurations;

internal sealed class OrganisationRecordConfiguration : IEntityTypeConfiguration<OrganisationRecord>
{
    public void Configure(EntityTypeBuilder<OrganisationRecord> b)
    {
        b.ToTable("Organisations");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).HasMaxLength(100).ValueGeneratedNever();
        b.Property(o => o.Name).HasMaxLength(200).IsRequired();
    }
}

internal sealed class GroupRecordConfiguration : IEntityTypeConfiguration<GroupRecord>
{
    public void Configure(EntityTypeBuilder<GroupRecord> b)
    {
        b.ToTable("Groups");
        b.HasKey(g => g.Id);
        b.Property(g => g.Id).HasMaxLength(100).ValueGeneratedNever();
        b.Property(g => g.Name).HasMaxLength(200).IsRequired();
    }
}

internal sealed class OrganisationGroupRecordConfiguration : IEntityTypeConfiguration<OrganisationGroupRecord>
{
    public void Configure(EntityTypeBuilder<OrganisationGroupRecord> b)
    {
        b.ToTable("OrganisationGroups");
        b.HasKey(m => new { m.OrganisationId, m.GroupId });
        b.Property(m => m.OrganisationId).HasMaxLength(100);
        b.Property(m => m.GroupId).HasMaxLength(100);
        b.HasOne<OrganisationRecord>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<GroupRecord>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.GroupId);
    }
}
