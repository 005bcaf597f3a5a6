using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence.PostgreSql;

/// <summary>
/// What PostgreSQL stores natively beyond the provider-neutral model: an instance's state (its tokens and variables)
/// as jsonb, so that operators can query variables in SQL and the database checks that it is JSON.
/// </summary>
internal sealed class WorkflowsPostgreSqlModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        modelBuilder.Entity<InstanceRecord>().Property(i => i.State).HasColumnType("jsonb");
    }
}
