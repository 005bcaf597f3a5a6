using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Persistence.Configurations;

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> b)
    {
        b.ToTable("Cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Reference).HasMaxLength(32).IsRequired();
        b.Property(c => c.Title).HasMaxLength(CaseLimits.Title);
        b.Property(c => c.CreatedBy).HasMaxLength(200).IsRequired();
        b.Property(c => c.Organisations).IsRequired();
        b.Property(c => c.RegisteredBy).HasMaxLength(CaseLimits.Organisation);
        b.Ignore(c => c.BusinessKey);
        b.HasOne<PersonRecord>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.PersonId);
        b.HasIndex(c => c.Reference).IsUnique();
    }
}
