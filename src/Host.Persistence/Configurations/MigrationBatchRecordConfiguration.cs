using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Host.Persistence.InstanceMigrations;

namespace Samverkan.Host.Persistence.Configurations;

internal sealed class MigrationBatchRecordConfiguration : IEntityTypeConfiguration<MigrationBatchRecord>
{
    public void Configure(EntityTypeBuilder<MigrationBatchRecord> b)
    {
        b.ToTable("MigrationBatches");
        b.HasKey(m => m.Id);
        b.Property(m => m.DefinitionKey).HasMaxLength(200);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.CreatedBy).HasMaxLength(200);
        b.HasIndex(m => new { m.DefinitionKey, m.CreatedAt });
    }
}
