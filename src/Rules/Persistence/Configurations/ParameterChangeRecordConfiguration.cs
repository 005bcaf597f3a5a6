using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Rules.Persistence.Records;

namespace Samverkan.Rules.Persistence.Configurations;

internal sealed class ParameterChangeRecordConfiguration : IEntityTypeConfiguration<ParameterChangeRecord>
{
    public void Configure(EntityTypeBuilder<ParameterChangeRecord> builder)
    {
        builder.ToTable("RuleParameterChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(128);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.Property(c => c.Reason).HasMaxLength(1024);
        builder.HasOne<ParameterRecord>().WithMany().HasForeignKey(c => c.Name).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Name, c.EffectiveFrom });
    }
}
