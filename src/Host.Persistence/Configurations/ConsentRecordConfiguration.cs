using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Persistence.Configurations;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("CaseConsents");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Recipients).IsRequired();
        b.Property(c => c.Categories).IsRequired();
        b.Property(c => c.GivenBy).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.RegisteredBy).HasMaxLength(200).IsRequired();
        b.Property(c => c.WithdrawnBy).HasMaxLength(200);
        b.HasOne<PersonRecord>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseRecord>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.PersonId);
        b.HasIndex(c => c.CaseId);
        // Withdrawals whose processes were not told yet (a restart in between): found again at start-up.
        b.HasIndex(c => new { c.WithdrawnAt, c.ProcessesToldAt });
    }
}
