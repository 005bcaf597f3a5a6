using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Samverkan.Workflows.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseWorkflowsSqlite("Data Source=design.db");
        return new WorkflowDbContext(builder.Options);
    }
}
