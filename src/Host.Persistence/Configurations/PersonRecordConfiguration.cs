using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Persistence.Configurations;

internal sealed class PersonRecordConfiguration : IEntityTypeConfiguration<PersonRecord>
{
    public void Configure(EntityTypeBuilder<PersonRecord> b)
    {
        b.ToTable("CasePersons");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.PersonnummerHash).HasMaxLength(64).IsRequired();
        b.Property(p => p.ProtectedPersonnummer).HasMaxLength(1000).IsRequired();
        b.Property(p => p.ProtectedName).HasMaxLength(2000);
        // One person per personnummer: exact look-up by the keyed hash.
        b.HasIndex(p => p.PersonnummerHash).IsUnique();
    }
}
