using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Persistence;
using Samverkan.Workflows.Persistence.Sqlite;

namespace Samverkan.Workflows.Tests;

public sealed class WorkflowsServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"samverkan-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task AddWorkflows_Migrated_ResolvesEngineOnSqliteInWalMode()
    {
        var services = new ServiceCollection()
            .AddWorkflows(o => o.Engine.JobRetries = 5)
            .AddWorkflowsSqlite($"Data Source={_path}")
            .BuildServiceProvider();

        await services.MigrateWorkflowsAsync();

        var engine = services.GetRequiredService<ProcessEngine>();
        Assert.IsType<EfWorkflowStore>(services.GetRequiredService<IWorkflowStore>());
        Assert.Equal(5, services.GetRequiredService<EngineOptions>().JobRetries);
        Assert.Empty(await engine.Queries.ListDefinitionsAsync());
        await using var db = await services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        Assert.Equal(["wal"], await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        await services.DisposeAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
