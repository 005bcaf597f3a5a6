using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Rules.Persistence.Records;

namespace Samverkan.Rules.Persistence.Configurations;

internal sealed class ParameterRecordConfiguration : IEntityTypeConfiguration<ParameterRecord>
{
    public void Configure(EntityTypeBuilder<ParameterRecord> builder)
    {
        builder.ToTable("RuleParameters");
        builder.HasKey(p => p.Name);
        builder.Property(p => p.Name).HasMaxLength(128);
        builder.Property(p => p.Kind).HasMaxLength(32);
        builder.Property(p => p.Description).HasMaxLength(1024);
    }
}
