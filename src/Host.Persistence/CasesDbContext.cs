using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence.Configurations;
using Samverkan.Shared.Persistence;
using Samverkan.Host.Persistence.Cases;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Persistence;

/// <summary>
/// Individuals, cases, consents, SIP plan versions and the access log, in the service's database beside the engine's tables.
/// The access log is append-only: saving a change to or a deletion of an existing entry is refused.
/// </summary>
public sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public DbSet<PersonRecord> Persons => Set<PersonRecord>();
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PlanVersionRecord> PlanVersions => Set<PlanVersionRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        InstantConvention.Apply(configurationBuilder, Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new PersonRecordConfiguration());
        modelBuilder.ApplyConfiguration(new CaseRecordConfiguration());
        modelBuilder.ApplyConfiguration(new ConsentRecordConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new PlanVersionRecordConfiguration());
    }

    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The access log is append-only: its entries cannot be changed or deleted.");
        }
    }
}
