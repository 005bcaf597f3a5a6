using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Rules.Persistence.Records;

namespace Samverkan.Rules.Persistence.Configurations;

internal sealed class RuleSetVersionRecordConfiguration : IEntityTypeConfiguration<RuleSetVersionRecord>
{
    public void Configure(EntityTypeBuilder<RuleSetVersionRecord> builder)
    {
        builder.ToTable("RuleSetVersions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(128);
        builder.Property(r => r.Hash).HasMaxLength(64);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.Comment).HasMaxLength(1024);
        builder.HasIndex(r => new { r.Name, r.Version }).IsUnique();
    }
}
