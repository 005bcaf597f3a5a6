using Microsoft.EntityFrameworkCore;
using Samverkan.Rules.Persistence.Configurations;
using Samverkan.Rules.Persistence.Records;
using Samverkan.Shared.Persistence;

namespace Samverkan.Rules.Persistence;

/// <summary>Rule-set versions and parameters, in the engine's database under their own migrations history.</summary>
internal sealed class RulesDbContext(DbContextOptions<RulesDbContext> options) : DbContext(options)
{
    public DbSet<RuleSetVersionRecord> RuleSetVersions => Set<RuleSetVersionRecord>();
    public DbSet<ParameterRecord> Parameters => Set<ParameterRecord>();
    public DbSet<ParameterChangeRecord> ParameterChanges => Set<ParameterChangeRecord>();
    public DbSet<RulesRevisionRecord> Revisions => Set<RulesRevisionRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        InstantConvention.Apply(configurationBuilder, Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new RuleSetVersionRecordConfiguration());
        modelBuilder.ApplyConfiguration(new ParameterRecordConfiguration());
        modelBuilder.ApplyConfiguration(new ParameterChangeRecordConfiguration());
        modelBuilder.ApplyConfiguration(new RulesRevisionRecordConfiguration());
    }
}
