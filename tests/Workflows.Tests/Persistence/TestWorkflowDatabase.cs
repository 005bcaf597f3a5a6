using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Samverkan.Testing.Databases;
using Samverkan.Workflows.Persistence;
using Samverkan.Workflows.Persistence.PostgreSql;
using Samverkan.Workflows.Persistence.Sqlite;

namespace Samverkan.Workflows.Tests.Persistence;

/// <summary>
/// A migrated database for the engine's store, deleted on dispose: a SQLite file in the temp folder, or a PostgreSQL
/// database of its own. Each <see cref="CreateStore"/> is another node on it.
/// </summary>
internal sealed class TestWorkflowDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"samverkan-{Guid.NewGuid():N}.db");
    private readonly PostgreSqlTestDatabase? _postgreSql;

    public TestWorkflowDatabase(StorageProvider provider = StorageProvider.Sqlite)
    {
        _postgreSql = provider == StorageProvider.PostgreSql ? new PostgreSqlTestDatabase() : null;
        using var db = new WorkflowDbContext(Options());
        db.Database.Migrate();
    }

    public EfWorkflowStore CreateStore()
    {
        var contexts = new PooledDbContextFactory<WorkflowDbContext>(Options());
        return _postgreSql is null ? WorkflowsSqlite.CreateStore(contexts) : WorkflowsPostgreSql.CreateStore(contexts);
    }

    private DbContextOptions<WorkflowDbContext> Options()
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        _ = _postgreSql is null ? builder.UseWorkflowsSqlite($"Data Source={_path}") : builder.UseWorkflowsPostgreSql(_postgreSql.ConnectionString);
        return builder.Options;
    }

    public void Dispose()
    {
        _postgreSql?.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
