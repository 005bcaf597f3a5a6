using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence.Configurations;

internal sealed class DefinitionRecordConfiguration : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> b)
    {
        b.ToTable("Definitions");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Key).HasMaxLength(200).IsRequired();
        b.Property(d => d.Name).HasMaxLength(400);
        b.Property(d => d.Xml).IsRequired();
        b.Property(d => d.Hash).HasMaxLength(128).IsRequired();
        b.Property(d => d.Source).HasMaxLength(400);
        b.HasIndex(d => new { d.Key, d.Version }).IsUnique();
    }
}
