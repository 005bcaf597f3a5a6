using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Rules.Persistence.Records;

namespace Samverkan.Rules.Persistence.Configurations;

internal sealed class RulesRevisionRecordConfiguration : IEntityTypeConfiguration<RulesRevisionRecord>
{
    public void Configure(EntityTypeBuilder<RulesRevisionRecord> builder)
    {
        builder.ToTable("RulesRevision");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasData(new RulesRevisionRecord { Id = RulesRevisionRecord.SingletonId, Value = 0 });
    }
}
