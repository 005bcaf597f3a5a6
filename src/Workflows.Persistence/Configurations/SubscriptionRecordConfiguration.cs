using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence.Configurations;

internal sealed class SubscriptionRecordConfiguration : IEntityTypeConfiguration<SubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<SubscriptionRecord> b)
    {
        b.ToTable("Subscriptions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.ElementId).HasMaxLength(200).IsRequired();
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Name).HasMaxLength(200).IsRequired();
        b.Property(s => s.BusinessKey).HasMaxLength(200);
        b.HasIndex(s => new { s.Kind, s.Name });
    }
}
