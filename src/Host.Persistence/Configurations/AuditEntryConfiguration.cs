using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <summary>The migration's triggers (see the Audit migration): no UPDATE ever, no DELETE of an entry within the legal minimum.</summary>
    public const string NoUpdateTrigger = "AuditEntries_NoUpdate";
    public const string KeepRetentionTrigger = "AuditEntries_KeepMinimumRetention";

    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries", t =>
        {
            t.HasTrigger(NoUpdateTrigger);
            t.HasTrigger(KeepRetentionTrigger);
        });
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedOnAdd().HasAnnotation("Sqlite:Autoincrement", true);
        b.Property(e => e.UserId).HasMaxLength(200).IsRequired();
        b.Property(e => e.Organisations).HasMaxLength(2000).IsRequired();
        b.Property(e => e.Roles).HasMaxLength(2000).IsRequired();
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Detail).HasMaxLength(2000);
        // The review's filters: newest first, by user, by individual; and the retention cleanup by age.
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.UserId, e.At });
        b.HasIndex(e => new { e.PersonId, e.At });
    }
}
