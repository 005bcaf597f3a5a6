using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Workflows.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the engine's PostgreSQL model without a host.</summary>
internal sealed class WorkflowsDesignTimeFactory : DesignTimeFactory<WorkflowDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<WorkflowDbContext> builder) =>
        builder.UseWorkflowsPostgreSql("Host=localhost;Database=samverkan_design");

    protected override WorkflowDbContext Create(DbContextOptions<WorkflowDbContext> options) => new(options);
}
