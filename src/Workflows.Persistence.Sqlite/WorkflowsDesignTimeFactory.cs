using Microsoft.EntityFrameworkCore;
using Samverkan.Shared.Persistence;

namespace Samverkan.Workflows.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the engine's SQLite model without a host.</summary>
internal sealed class WorkflowsDesignTimeFactory : SqliteDesignTimeFactory<WorkflowDbContext>
{
    protected override void Configure(DbContextOptionsBuilder<WorkflowDbContext> builder, string connectionString) =>
        builder.UseWorkflowsSqlite(connectionString);

    protected override WorkflowDbContext Create(DbContextOptions<WorkflowDbContext> options) => new(options);
}
