using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Workflows.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the engine's SQLite model without a host.</summary>
internal sealed class WorkflowsDesignTimeFactory : DesignTimeFactory<WorkflowDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<WorkflowDbContext> builder) =>
        builder.UseWorkflowsSqlite("Data Source=design.db");

    protected override WorkflowDbContext Create(DbContextOptions<WorkflowDbContext> options) => new(options);
}
