using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Samverkan.Testing.Databases;
using Samverkan.Workflows.Persistence;
using Samverkan.Workflows.Persistence.PostgreSql;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Tests.Persistence;

/// <summary>The contract on a fresh, migrated PostgreSQL database of its own, dropped afterwards.</summary>
[NeedsPostgreSql]
public sealed class PostgreSqlStoreContractTests : StoreContractTests, IDisposable
{
    private readonly PostgreSqlTestDatabase _database = new();
    private readonly DbContextOptions<WorkflowDbContext> _options;

    public PostgreSqlStoreContractTests()
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseWorkflowsPostgreSql(_database.ConnectionString);
        _options = builder.Options;
        using var db = new WorkflowDbContext(_options);
        db.Database.Migrate();
    }

    private protected override IWorkflowStore CreateStore() => WorkflowsPostgreSql.CreateStore(new PooledDbContextFactory<WorkflowDbContext>(_options));

    public void Dispose() => _database.Dispose();
}
